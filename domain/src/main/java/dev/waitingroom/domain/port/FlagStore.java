package dev.waitingroom.domain.port;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.Map;
import java.util.Optional;

/**
 * Where the feature flags live, shared by every instance of the gateway. Each method is atomic.
 * Infrastructure failures surface as {@link StoreUnavailableException}.
 */
public interface FlagStore {

    /** Every flag the store holds a value for. */
    Map<FeatureFlag, Rollout> read();

    /** Stores the flag's rollout; returns what it replaced, empty when the store held none. */
    Optional<Rollout> set(FeatureFlag flag, Rollout rollout);

    /** Stores the flag's rollout unless the store holds one already (the first instance to start gives the starting value). Returns the value now held. */
    Rollout setIfAbsent(FeatureFlag flag, Rollout rollout);
}
