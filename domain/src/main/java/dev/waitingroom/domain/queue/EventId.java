package dev.waitingroom.domain.queue;

import java.util.Optional;

/** The sale a queue belongs to: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public final class EventId {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = Identifiers.rule("event_id", MAX_LENGTH);

    private final String value;

    private EventId(String value) {
        this.value = value;
    }

    /** The id a client sent, or empty when it breaks the rule; the one place client text is checked. */
    public static Optional<EventId> parse(String text) {
        return Identifiers.isValid(text, MAX_LENGTH) ? Optional.of(new EventId(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static EventId of(String text) {
        return new EventId(Identifiers.require("event_id", text, MAX_LENGTH));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
