package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One event's seats, each with its state and the reservation behind it, and the counters kept beside them.
 * Every move changes a seat and its counters together, and refuses a seat that is not in the state the
 * move starts from (that would be a bug). Not thread-safe: {@link EventSeats} holds the event's lock.
 */
final class SeatInventory {

    /** A seat's state; {@code reservation} is the one holding or having bought it, null while available. */
    private record Seat(SeatState state, ReservationId reservation) {
    }

    private static final Seat FREE = new Seat(SeatState.AVAILABLE, null);

    private final TreeMap<SeatId, Seat> seats = new TreeMap<>();
    private long available;
    private long held;
    private long sold;

    boolean isEmpty() {
        return seats.isEmpty();
    }

    /** Empty for a seat the event does not have. */
    Optional<SeatState> stateOf(SeatId seat) {
        return Optional.ofNullable(seats.get(seat)).map(Seat::state);
    }

    /** The reservation holding or having bought the seat, if any. */
    Optional<ReservationId> reservationOn(SeatId seat) {
        return Optional.ofNullable(seats.get(seat)).map(Seat::reservation);
    }

    long available() {
        return available;
    }

    void hold(List<SeatId> taken, ReservationId by) {
        move(taken, SeatState.AVAILABLE, new Seat(SeatState.HELD, by));
        available -= taken.size();
        held += taken.size();
    }

    void release(List<SeatId> released) {
        move(released, SeatState.HELD, FREE);
        held -= released.size();
        available += released.size();
    }

    void sell(List<SeatId> bought, ReservationId by) {
        move(bought, SeatState.HELD, new Seat(SeatState.SOLD, by));
        held -= bought.size();
        sold += bought.size();
    }

    /** How many seats the event would have with these added and those removed. */
    long sizeAfter(List<SeatId> added, List<SeatId> removed) {
        long size = seats.size();
        for (SeatId seat : added) {
            size += seats.containsKey(seat) ? 0 : 1;
        }
        for (SeatId seat : removed) {
            size -= seats.containsKey(seat) ? 1 : 0;
        }
        return size;
    }

    /** New seats become available; a seat already there keeps its state. */
    void add(List<SeatId> added) {
        for (SeatId seat : added) {
            if (seats.putIfAbsent(seat, FREE) == null) {
                available++;
            }
        }
    }

    /** Removes available seats; a seat the event does not have is already removed. */
    void remove(List<SeatId> removed) {
        for (SeatId seat : removed) {
            Seat was = seats.get(seat);
            if (was != null) {
                require(seat, was, SeatState.AVAILABLE);
                seats.remove(seat);
                available--;
            }
        }
    }

    SeatCounts counts() {
        return new SeatCounts(available, held, sold);
    }

    SeatMap map() {
        List<SeatMap.Seat> listed = new ArrayList<>(seats.size());
        seats.forEach((id, seat) -> listed.add(new SeatMap.Seat(id, seat.state())));
        return new SeatMap(listed, counts());
    }

    private void move(List<SeatId> moved, SeatState from, Seat to) {
        for (SeatId seat : moved) {
            require(seat, seats.get(seat), from);
        }
        for (SeatId seat : moved) {
            seats.put(seat, to);
        }
    }

    private static void require(SeatId id, Seat seat, SeatState state) {
        if (seat == null || seat.state() != state) {
            throw new IllegalStateException("seat " + id + " is " + (seat == null ? "unknown" : seat.state()) + ", not " + state);
        }
    }
}
