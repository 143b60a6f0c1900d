package dev.waitingroom.application.service;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Flags in a map: what a flag store promises, without any store behind it. */
final class MapFlagStore implements FlagStore {

    private final Map<FeatureFlag, Rollout> flags = new EnumMap<>(FeatureFlag.class);

    @Override
    public synchronized Map<FeatureFlag, Rollout> read() {
        return Map.copyOf(flags);
    }

    @Override
    public synchronized Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        return Optional.ofNullable(flags.put(flag, rollout));
    }

    @Override
    public synchronized Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        return flags.computeIfAbsent(flag, absent -> rollout);
    }
}
