package dev.waitingroom.domain.queue;

import java.util.Optional;

/** The person behind an entry, when the client names one: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public final class UserId {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = Identifiers.rule("user_id", MAX_LENGTH);

    private final String value;

    private UserId(String value) {
        this.value = value;
    }

    /** The id a client sent, or empty when it breaks the rule. */
    public static Optional<UserId> parse(String text) {
        return Identifiers.isValid(text, MAX_LENGTH) ? Optional.of(new UserId(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static UserId of(String text) {
        return new UserId(Identifiers.require("user_id", text, MAX_LENGTH));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserId id && id.value.equals(value);
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
