package dev.waitingroom.domain.seat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The seats a person asks to hold, in the order asked: at least one, none twice. Whether they exist, are
 * free, and are not too many for the event is for the hold to decide.
 */
public record SeatSelection(List<SeatId> seats) {

    public SeatSelection {
        seats = List.copyOf(Objects.requireNonNull(seats, "seats"));
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a hold needs at least one seat");
        }
        if (firstRepeated(seats) != null) {
            throw new IllegalArgumentException("seat " + firstRepeated(seats) + " is asked for twice");
        }
    }

    public static SeatSelection of(String... seats) {
        return new SeatSelection(java.util.Arrays.stream(seats).map(SeatId::of).toList());
    }

    /** Rule: a seat may be asked for once; the first one asked for again, or null when none is. */
    public static SeatId firstRepeated(List<SeatId> seats) {
        Set<SeatId> seen = new HashSet<>();
        for (SeatId seat : seats) {
            if (!seen.add(seat)) {
                return seat;
            }
        }
        return null;
    }

    public int size() {
        return seats.size();
    }
}
