package dev.waitingroom.domain.seat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An operator's change to an event's seats: seats to add (an existing seat keeps its state) and seats to
 * remove (a seat the event does not have is already removed). A seat cannot be in both lists.
 */
public record SeatChange(List<SeatId> add, List<SeatId> remove) {

    public static final SeatChange NONE = new SeatChange(List.of(), List.of());

    public SeatChange {
        add = List.copyOf(new java.util.LinkedHashSet<>(Objects.requireNonNull(add, "add")));
        remove = List.copyOf(new java.util.LinkedHashSet<>(Objects.requireNonNull(remove, "remove")));
        Set<SeatId> both = new HashSet<>(add);
        both.retainAll(remove);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("seat " + both.iterator().next() + " is both added and removed");
        }
    }

    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }
}
