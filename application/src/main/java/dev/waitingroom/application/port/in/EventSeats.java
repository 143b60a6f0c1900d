package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatMap;

public sealed interface EventSeats {

    /** The seats in seat id order; an event without seats has an empty map. */
    record Found(SeatMap map) implements EventSeats {
    }

    record EventNotFound(EventId eventId) implements EventSeats {
    }
}
