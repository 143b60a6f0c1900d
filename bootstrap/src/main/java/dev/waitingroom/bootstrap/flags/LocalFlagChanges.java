package dev.waitingroom.bootstrap.flags;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.Map;
import java.util.Optional;

/**
 * The flag store as the use cases see it: a change this instance stores is in force here at once, so that the
 * operator's next request to the same instance already sees it. The other instances take it at their next
 * refresh, within about two seconds.
 */
public final class LocalFlagChanges implements FlagStore {

    private final FlagStore store;
    private final StoreFlagProvider provider;

    public LocalFlagChanges(FlagStore store, StoreFlagProvider provider) {
        this.store = store;
        this.provider = provider;
    }

    @Override
    public Map<FeatureFlag, Rollout> read() {
        return store.read();
    }

    @Override
    public Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        Optional<Rollout> previous = store.set(flag, rollout);
        provider.follow(flag, rollout);
        return previous;
    }

    @Override
    public Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        Rollout held = store.setIfAbsent(flag, rollout);
        provider.follow(flag, held);
        return held;
    }
}
