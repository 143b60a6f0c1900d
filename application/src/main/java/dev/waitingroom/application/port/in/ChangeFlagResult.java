package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.Optional;

public sealed interface ChangeFlagResult {

    /**
     * The store holds the new value; every instance follows within a couple of seconds.
     *
     * @param previous what the store held before, empty when it held nothing
     */
    record Changed(FeatureFlag flag, Optional<Rollout> previous, Rollout now) implements ChangeFlagResult {
    }

    /** No flag of the product has that name: nothing was stored. */
    record FlagNotFound(String name) implements ChangeFlagResult {
    }
}
