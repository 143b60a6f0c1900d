package dev.waitingroom.domain.port;

import dev.waitingroom.domain.flag.FeatureFlag;

/**
 * What the use cases ask about a flag. Answers come from a short cache, never a store call per request;
 * every instance agrees within a couple of seconds of a change.
 */
public interface FeatureFlags {

    /** Whether the flag is on for this person (a user id, or the ticket id of an anonymous entry). */
    boolean isOn(FeatureFlag flag, String person);
}
