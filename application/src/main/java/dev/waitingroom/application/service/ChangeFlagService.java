package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ChangeFlagCommand;
import dev.waitingroom.application.port.in.ChangeFlagResult;
import dev.waitingroom.application.port.in.ChangeFlagUseCase;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.Optional;

public final class ChangeFlagService implements ChangeFlagUseCase {

    private final FlagStore flagStore;

    public ChangeFlagService(FlagStore flagStore) {
        this.flagStore = flagStore;
    }

    @Override
    public ChangeFlagResult change(ChangeFlagCommand command) {
        Optional<FeatureFlag> flag = FeatureFlag.named(command.name());
        if (flag.isEmpty()) {
            return new ChangeFlagResult.FlagNotFound(command.name());
        }
        // the store answers what it replaced in the same step, so two operators changing at once both learn the truth
        Optional<Rollout> previous = flagStore.set(flag.get(), command.rollout());
        return new ChangeFlagResult.Changed(flag.get(), previous, command.rollout());
    }
}
