package dev.waitingroom.domain.queue;

import java.util.Optional;

/** The sale a queue belongs to: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public final class EventId extends Identifier {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = Identifier.rule("event_id", MAX_LENGTH);

    private EventId(String value) {
        super(value);
    }

    /** The id a client sent, or empty when it breaks the rule; the one place client text is checked. */
    public static Optional<EventId> parse(String text) {
        return Identifier.isValid(text, MAX_LENGTH) ? Optional.of(new EventId(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static EventId of(String text) {
        return new EventId(Identifier.require("event_id", text, MAX_LENGTH));
    }
}
