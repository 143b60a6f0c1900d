package dev.waitingroom.domain.seat;

import java.util.List;

/** What came of changing an event's seats; a refused change changed nothing. */
public sealed interface SeatChangeOutcome {

    record Changed(SeatCounts counts) implements SeatChangeOutcome {
    }

    /** Some seats to remove are held or sold. */
    record SeatsInUse(List<SeatId> seats) implements SeatChangeOutcome {
        public SeatsInUse {
            seats = List.copyOf(seats);
        }
    }

    /** The event would have more than {@link SeatPolicy#MAX_SEATS_PER_EVENT} seats. */
    record TooManySeats(int limit) implements SeatChangeOutcome {
    }
}
