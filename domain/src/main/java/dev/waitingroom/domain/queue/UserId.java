package dev.waitingroom.domain.queue;

/** The person behind an entry, when the client names one: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public record UserId(String value) {

    public static final int MAX_LENGTH = 64;

    public UserId {
        Identifiers.require("user_id", value, MAX_LENGTH);
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
