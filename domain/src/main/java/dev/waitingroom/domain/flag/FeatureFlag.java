package dev.waitingroom.domain.flag;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every feature flag of the product. The next flag is one more line here: its name (in the admin routes
 * and the store), the environment variable that gives its starting value, and that starting value when
 * the variable is not set.
 */
public enum FeatureFlag {
    /** Keeps each person's log of changes in an event (a Redis stream per person). */
    STREAMS_QUEUE("streams_queue", "FEATURE_STREAMS_QUEUE", Rollout.OFF);

    private final String flagName;
    private final String environmentVariable;
    private final Rollout byDefault;

    FeatureFlag(String flagName, String environmentVariable, Rollout byDefault) {
        this.flagName = flagName;
        this.environmentVariable = environmentVariable;
        this.byDefault = byDefault;
    }

    public String flagName() {
        return flagName;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public Rollout byDefault() {
        return byDefault;
    }

    public static Optional<FeatureFlag> named(String name) {
        return Arrays.stream(values()).filter(flag -> flag.flagName.equals(name)).findFirst();
    }
}
