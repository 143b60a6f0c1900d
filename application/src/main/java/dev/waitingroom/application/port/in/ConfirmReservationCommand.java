package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ReservationId;
import java.util.Objects;

/** Buy the held seats: only the holder may. */
public record ConfirmReservationCommand(EventId eventId, ReservationId reservationId, String holder) {

    public ConfirmReservationCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reservationId, "reservationId");
        Holder.require(holder);
    }
}
