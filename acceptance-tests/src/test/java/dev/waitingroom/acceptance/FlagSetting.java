package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.domain.flag.Rollout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A feature flag's value as the operator sets it and the waiting room lists it: off, or on for a
 * percentage of people (100: everyone).
 */
record FlagSetting(boolean on, int percent) {

    static final FlagSetting OFF = new FlagSetting(false, 0);
    static final FlagSetting EVERYONE = new FlagSetting(true, 100);

    // more than enough made-up names to find one in any bucket range at least 1 wide
    private static final int MOST_TRIES = 10_000;

    static FlagSetting forPercent(int percent) {
        return new FlagSetting(true, percent);
    }

    /** The flag as listed: {"name", "enabled", "rollout_percent"}. */
    static FlagSetting listed(JsonNode flag) {
        assertThat(flag.path("enabled").isBoolean()).as("whether the flag is on, in %s", flag).isTrue();
        assertThat(flag.path("rollout_percent").isIntegralNumber()).as("the flag's percentage in %s", flag).isTrue();
        return new FlagSetting(flag.path("enabled").asBoolean(), flag.path("rollout_percent").asInt());
    }

    /** The change the operator sends for this value. */
    String body() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enabled", on);
        if (on) {
            fields.put("rollout_percent", percent);
        }
        return WaitingRoomClient.json(fields);
    }

    /**
     * Whether the flag is on for this person. The features never count on it: the rule is the product's
     * own (a stable hash of the flag's name and the person, modulo 100, below the percentage), and the
     * steps use it only to pick someone whose answer tells two values apart.
     */
    boolean includes(String flag, String person) {
        return on && Rollout.bucket(flag, person) < percent;
    }

    /**
     * A made-up person for whom the flag answers differently under this value and under {@code other},
     * or empty when the two values answer alike for everyone (off, and on for 0%).
     */
    Optional<String> someoneTreatedDifferentlyThan(FlagSetting other, String flag) {
        Predicate<String> differs = person -> includes(flag, person) != other.includes(flag, person);
        for (int i = 0; i < MOST_TRIES; i++) {
            String person = "probe-" + UUID.randomUUID().toString().substring(0, 13);
            if (differs.test(person)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return on ? "on for " + percent + "% of people" : "off";
    }
}
