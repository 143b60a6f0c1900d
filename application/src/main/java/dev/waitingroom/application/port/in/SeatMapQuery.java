package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import java.util.Objects;

/** Every seat of an event with its state, for the page. */
public record SeatMapQuery(EventId eventId) {

    public SeatMapQuery {
        Objects.requireNonNull(eventId, "eventId");
    }
}
