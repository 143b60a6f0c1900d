package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ReservationId;
import java.util.Objects;

/** A reservation as its holder sees it; anyone else finds nothing. */
public record ReadReservationQuery(EventId eventId, ReservationId reservationId, String holder) {

    public ReadReservationQuery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reservationId, "reservationId");
        Holder.require(holder);
    }
}
