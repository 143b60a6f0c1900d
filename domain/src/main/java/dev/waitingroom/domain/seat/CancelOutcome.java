package dev.waitingroom.domain.seat;

/** What came of cancelling a reservation. */
public sealed interface CancelOutcome {

    /** The seats are available again (now, or by an earlier cancel: cancelling again answers the same). */
    record Cancelled(Reservation reservation) implements CancelOutcome {
    }

    record AlreadyConfirmed() implements CancelOutcome {
    }

    record Expired() implements CancelOutcome {
    }

    /** No such reservation, or it belongs to someone else. */
    record NotFound() implements CancelOutcome {
    }
}
