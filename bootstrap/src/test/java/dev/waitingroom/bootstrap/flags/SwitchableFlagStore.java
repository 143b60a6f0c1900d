package dev.waitingroom.bootstrap.flags;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Flags in a map that the test can make unreachable, as a Redis that went away is; it counts the calls that reach it. */
final class SwitchableFlagStore implements FlagStore {

    private final Map<FeatureFlag, Rollout> flags = new EnumMap<>(FeatureFlag.class);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean down;

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public synchronized Map<FeatureFlag, Rollout> read() {
        reach();
        return Map.copyOf(flags);
    }

    @Override
    public synchronized Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        reach();
        return Optional.ofNullable(flags.put(flag, rollout));
    }

    @Override
    public synchronized Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        reach();
        return flags.computeIfAbsent(flag, absent -> rollout);
    }

    private void reach() {
        if (down) {
            throw new StoreUnavailableException("connection refused (test)", null);
        }
        calls.incrementAndGet();
    }
}
