package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.seat.Reservation;

/** What became of a confirm. */
public sealed interface ConfirmReservationResult {

    /** The seats are sold and the admission window closed (now, or by an earlier confirm). */
    record Confirmed(Reservation reservation) implements ConfirmReservationResult {
    }

    /** The hold ran out first, by the store's clock. */
    record Expired() implements ConfirmReservationResult {
    }

    record AlreadyCancelled() implements ConfirmReservationResult {
    }

    /** The hold is open, but the admission window behind it is closed: nothing changed. */
    record WindowClosed() implements ConfirmReservationResult {
    }

    /** No such reservation, or it belongs to someone else. */
    record NotFound() implements ConfirmReservationResult {
    }
}
