package dev.waitingroom.domain.seat;

/**
 * A reservation starts as a HOLD and ends exactly once: confirmed (the seats are sold), cancelled or
 * expired (the seats are available again). An ended reservation never changes again.
 */
public enum ReservationStatus {
    HOLD,
    CONFIRMED,
    CANCELLED,
    EXPIRED;

    /** Rule: only a hold moves, and only to one of the three ends. */
    public boolean canMoveTo(ReservationStatus next) {
        return this == HOLD && next != HOLD;
    }

    public boolean isOpen() {
        return this == HOLD;
    }
}
