package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatId;
import java.util.List;

/** What became of asking to hold seats; only {@link Held} holds anything. */
public sealed interface HoldSeatsResult {

    /** @param remaining the event's available seats after the hold */
    record Held(Reservation reservation, long remaining) implements HoldSeatsResult {
    }

    /** The admission window behind the pass is closed (left, ended, used by a purchase) or unknown. */
    record WindowClosed() implements HoldSeatsResult {
    }

    record TooManySeats(int maxSeatsPerHold) implements HoldSeatsResult {
    }

    /** Seats the event does not have, in the order asked. */
    record UnknownSeats(List<SeatId> seats) implements HoldSeatsResult {
        public UnknownSeats {
            seats = List.copyOf(seats);
        }
    }

    /** This admission holds seats already: one open hold per admission. */
    record HoldExists(ReservationId reservationId) implements HoldSeatsResult {
    }

    record SoldOut() implements HoldSeatsResult {
    }

    /** Requested seats that are held or sold by now, in the order asked; nothing was held. */
    record SeatsUnavailable(List<SeatId> seats) implements HoldSeatsResult {
        public SeatsUnavailable {
            seats = List.copyOf(seats);
        }
    }
}
