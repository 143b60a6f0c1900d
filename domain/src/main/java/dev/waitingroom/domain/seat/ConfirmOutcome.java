package dev.waitingroom.domain.seat;

/** What came of confirming a reservation. */
public sealed interface ConfirmOutcome {

    /** The seats are sold (now, or by an earlier confirm: confirming again answers the same). */
    record Confirmed(Reservation reservation) implements ConfirmOutcome {
    }

    /** The hold ran out first, by the store's clock, swept or not. */
    record Expired() implements ConfirmOutcome {
    }

    record AlreadyCancelled() implements ConfirmOutcome {
    }

    /** The hold is open but the admission window behind it is closed (the holder left, or it ended). */
    record WindowClosed() implements ConfirmOutcome {
    }

    /** No such reservation, or it belongs to someone else. */
    record NotFound() implements ConfirmOutcome {
    }
}
