package dev.waitingroom.domain.queue;

import java.util.Optional;

/**
 * The client's name for one join attempt, so a retry finds the entry it already made.
 * 1-128 characters of {@code [A-Za-z0-9._:-]}; a UUID is recommended but not required.
 * A key is not a credential: the store remembers who used it, and hands its entry back to that user only.
 */
public final class IdempotencyKey {

    public static final int MAX_LENGTH = 128;
    public static final String RULE = Identifiers.rule("Idempotency-Key", MAX_LENGTH);

    private final String value;

    private IdempotencyKey(String value) {
        this.value = value;
    }

    /** The key a client sent, or empty when it breaks the rule. */
    public static Optional<IdempotencyKey> parse(String text) {
        return Identifiers.isValid(text, MAX_LENGTH) ? Optional.of(new IdempotencyKey(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static IdempotencyKey of(String text) {
        return new IdempotencyKey(Identifiers.require("Idempotency-Key", text, MAX_LENGTH));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyKey key && key.value.equals(value);
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
