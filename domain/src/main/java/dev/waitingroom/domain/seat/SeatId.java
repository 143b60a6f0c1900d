package dev.waitingroom.domain.seat;

import dev.waitingroom.domain.queue.Identifier;
import java.util.Objects;
import java.util.Optional;

/** One seat of an event: 1-64 characters of {@code [A-Za-z0-9._:-]}, named by the operator. */
public record SeatId(String value) implements Comparable<SeatId> {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = Identifier.rule("a seat id", MAX_LENGTH);

    public SeatId {
        Objects.requireNonNull(value, "value");
        if (!Identifier.isValid(value, MAX_LENGTH)) {
            throw new IllegalArgumentException(RULE);
        }
    }

    /** The id a client sent, or empty when it breaks the rule. */
    public static Optional<SeatId> parse(String text) {
        return Identifier.isValid(text, MAX_LENGTH) ? Optional.of(new SeatId(text)) : Optional.empty();
    }

    public static SeatId of(String text) {
        return new SeatId(text);
    }

    @Override
    public int compareTo(SeatId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
