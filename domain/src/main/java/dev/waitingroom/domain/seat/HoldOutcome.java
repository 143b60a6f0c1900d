package dev.waitingroom.domain.seat;

import java.util.List;

/** What came of asking to hold seats. Only {@link Held} changed anything. */
public sealed interface HoldOutcome {

    /** Every requested seat is now held. {@code remaining}: the event's available seats after the hold. */
    record Held(Reservation reservation, long remaining) implements HoldOutcome {
    }

    /** The admission window behind the pass is closed (left, ended, used by a purchase) or unknown. */
    record WindowClosed() implements HoldOutcome {
    }

    /** More seats than the event's {@code max_seats_per_hold}. */
    record TooManySeats(int maxSeatsPerHold) implements HoldOutcome {
    }

    /** Seats the event does not have. */
    record UnknownSeats(List<SeatId> seats) implements HoldOutcome {
        public UnknownSeats {
            seats = List.copyOf(seats);
        }
    }

    /** This admission already holds seats: one open hold per admission. */
    record HoldExists(ReservationId reservationId) implements HoldOutcome {
    }

    /** No seat of the event is available at all. */
    record SoldOut() implements HoldOutcome {
    }

    /** Some requested seats are held or sold by now: nothing was held. */
    record SeatsUnavailable(List<SeatId> seats) implements HoldOutcome {
        public SeatsUnavailable {
            seats = List.copyOf(seats);
        }
    }
}
