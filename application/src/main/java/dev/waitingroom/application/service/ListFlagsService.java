package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.FlagValue;
import dev.waitingroom.application.port.in.ListFlagsUseCase;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the flags from the store, never from this instance's cache: the answer is what every instance follows. */
public final class ListFlagsService implements ListFlagsUseCase {

    private final FlagStore flagStore;
    private final Map<FeatureFlag, Rollout> startingValues;

    /** @param startingValues this instance's starting value of each flag; a flag missing here starts at its default */
    public ListFlagsService(FlagStore flagStore, Map<FeatureFlag, Rollout> startingValues) {
        this.flagStore = flagStore;
        this.startingValues = startingValues.isEmpty() ? Map.of() : new EnumMap<>(startingValues);
    }

    @Override
    public List<FlagValue> flags() {
        Map<FeatureFlag, Rollout> stored = flagStore.read();
        return Arrays.stream(FeatureFlag.values())
                .map(flag -> new FlagValue(flag, stored.getOrDefault(flag, startingValues.getOrDefault(flag, flag.byDefault()))))
                .toList();
    }
}
