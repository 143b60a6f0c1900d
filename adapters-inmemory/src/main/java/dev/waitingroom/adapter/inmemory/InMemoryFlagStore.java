package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The feature flags of this process: with one process, the store and every instance's truth are the same. */
public final class InMemoryFlagStore implements FlagStore {

    private final ConcurrentMap<FeatureFlag, Rollout> flags = new ConcurrentHashMap<>();

    @Override
    public Map<FeatureFlag, Rollout> read() {
        return Map.copyOf(flags);
    }

    @Override
    public Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        return Optional.ofNullable(flags.put(flag, Objects.requireNonNull(rollout, "rollout")));
    }

    @Override
    public Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        Rollout before = flags.putIfAbsent(flag, Objects.requireNonNull(rollout, "rollout"));
        return before == null ? rollout : before;
    }
}
