package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Objects;

/** Where does the holder of this waiting token stand? */
public record QueueStatusQuery(WaitingToken token) {

    public QueueStatusQuery {
        Objects.requireNonNull(token, "token");
    }
}
