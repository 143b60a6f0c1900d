package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import java.util.Objects;

/** What the waiting-room page may know of an event. */
public record DescribeEventQuery(EventId eventId) {

    public DescribeEventQuery {
        Objects.requireNonNull(eventId, "eventId");
    }
}
