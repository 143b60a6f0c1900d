package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Objects;

/** Use an admission: get the signed entry pass of the window. */
public record EnterQueueCommand(WaitingToken token) {

    public EnterQueueCommand {
        Objects.requireNonNull(token, "token");
    }
}
