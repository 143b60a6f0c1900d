package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.Objects;

/** A feature flag and how far it is rolled out. */
public record FlagValue(FeatureFlag flag, Rollout rollout) {

    public FlagValue {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(rollout, "rollout");
    }
}
