package dev.waitingroom.domain.queue;

/** The sale a queue belongs to: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public record EventId(String value) {

    public static final int MAX_LENGTH = 64;

    public EventId {
        Identifiers.require("event_id", value, MAX_LENGTH);
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
