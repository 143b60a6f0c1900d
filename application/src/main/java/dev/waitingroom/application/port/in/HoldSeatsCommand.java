package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatSelection;
import java.util.Objects;

/**
 * Hold seats of an event for an admitted person.
 *
 * @param holder the entry id of the admission (the {@code sub} of its verified entry pass)
 */
public record HoldSeatsCommand(EventId eventId, String holder, SeatSelection seats) {

    public HoldSeatsCommand {
        Objects.requireNonNull(eventId, "eventId");
        Holder.require(holder);
        Objects.requireNonNull(seats, "seats");
    }
}
