package dev.waitingroom.application.port.in;

import java.util.Objects;

/** Where does the holder of this waiting token stand? The token is the client's text, unchecked. */
public record QueueStatusQuery(String waitingToken) {

    public QueueStatusQuery {
        Objects.requireNonNull(waitingToken, "waitingToken");
    }
}
