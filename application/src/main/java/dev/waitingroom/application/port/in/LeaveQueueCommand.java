package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Objects;

/** Give up a place in the queue. */
public record LeaveQueueCommand(WaitingToken token) {

    public LeaveQueueCommand {
        Objects.requireNonNull(token, "token");
    }
}
