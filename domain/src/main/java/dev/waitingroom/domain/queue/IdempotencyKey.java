package dev.waitingroom.domain.queue;

/**
 * The client's name for one join attempt, so a retry finds the entry it already made.
 * 1-128 characters of {@code [A-Za-z0-9._:-]}; a UUID is recommended but not required.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 128;

    public IdempotencyKey {
        Identifiers.require("Idempotency-Key", value, MAX_LENGTH);
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
