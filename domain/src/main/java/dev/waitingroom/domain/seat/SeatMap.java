package dev.waitingroom.domain.seat;

import java.util.List;
import java.util.Objects;

/** Every seat of an event with its state, in seat id order, and the counters kept beside them. */
public record SeatMap(List<Seat> seats, SeatCounts counts) {

    public record Seat(SeatId id, SeatState state) {
        public Seat {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(state, "state");
        }
    }

    public SeatMap {
        seats = List.copyOf(Objects.requireNonNull(seats, "seats"));
        Objects.requireNonNull(counts, "counts");
    }

    /** The counts of the states as the seats themselves show them (the counters must always agree). */
    public SeatCounts countedFromSeats() {
        long available = 0;
        long held = 0;
        long sold = 0;
        for (Seat seat : seats) {
            switch (seat.state()) {
                case AVAILABLE -> available++;
                case HELD -> held++;
                case SOLD -> sold++;
            }
        }
        return new SeatCounts(available, held, sold);
    }
}
