package dev.waitingroom.application.port.in;

import java.util.Objects;

/** Give up a place in the queue. The token is the client's text, unchecked. */
public record LeaveQueueCommand(String waitingToken) {

    public LeaveQueueCommand {
        Objects.requireNonNull(waitingToken, "waitingToken");
    }
}
