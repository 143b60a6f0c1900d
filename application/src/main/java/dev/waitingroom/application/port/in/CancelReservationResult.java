package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.seat.Reservation;

/** What became of a cancel. */
public sealed interface CancelReservationResult {

    /** The seats are available again (now, or by an earlier cancel); the admission window stays open. */
    record Cancelled(Reservation reservation) implements CancelReservationResult {
    }

    record AlreadyConfirmed() implements CancelReservationResult {
    }

    record Expired() implements CancelReservationResult {
    }

    /** No such reservation, or it belongs to someone else. */
    record NotFound() implements CancelReservationResult {
    }
}
