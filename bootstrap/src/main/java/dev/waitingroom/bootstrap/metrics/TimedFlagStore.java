package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.Map;
import java.util.Optional;

/** The flag store, each call timed: mostly the refresh of every instance, once a second. */
final class TimedFlagStore implements FlagStore {

    private final FlagStore store;
    private final StoreCallTimers.Operation read;
    private final StoreCallTimers.Operation set;
    private final StoreCallTimers.Operation setIfAbsent;

    TimedFlagStore(FlagStore store, StoreCallTimers timers) {
        this.store = store;
        this.read = timers.operation("read_flags");
        this.set = timers.operation("set_flag");
        this.setIfAbsent = timers.operation("seed_flag");
    }

    @Override
    public Map<FeatureFlag, Rollout> read() {
        return read.time(store::read);
    }

    @Override
    public Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        return set.time(() -> store.set(flag, rollout));
    }

    @Override
    public Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        return setIfAbsent.time(() -> store.setIfAbsent(flag, rollout));
    }
}
