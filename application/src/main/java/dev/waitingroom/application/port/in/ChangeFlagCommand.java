package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.flag.Rollout;
import java.util.Objects;

/** Roll a flag out to a new extent; {@code name} is as the operator typed it, and may name no flag. */
public record ChangeFlagCommand(String name, Rollout rollout) {

    public ChangeFlagCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rollout, "rollout");
    }
}
