package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ReservationId;
import java.util.Objects;

/** Give the held seats back: only the holder may. */
public record CancelReservationCommand(EventId eventId, ReservationId reservationId, String holder) {

    public CancelReservationCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reservationId, "reservationId");
        Holder.require(holder);
    }
}
