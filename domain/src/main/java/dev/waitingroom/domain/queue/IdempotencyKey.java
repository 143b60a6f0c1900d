package dev.waitingroom.domain.queue;

import java.util.Optional;

/**
 * The client's name for one join attempt, so a retry finds the entry it already made.
 * 1-128 characters of {@code [A-Za-z0-9._:-]}; a UUID is recommended but not required.
 * A key is not a credential: the store remembers who used it, and hands its entry back to that user only.
 */
public final class IdempotencyKey extends Identifier {

    public static final int MAX_LENGTH = 128;
    public static final String RULE = Identifier.rule("Idempotency-Key", MAX_LENGTH);

    private IdempotencyKey(String value) {
        super(value);
    }

    /** The key a client sent, or empty when it breaks the rule. */
    public static Optional<IdempotencyKey> parse(String text) {
        return Identifier.isValid(text, MAX_LENGTH) ? Optional.of(new IdempotencyKey(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static IdempotencyKey of(String text) {
        return new IdempotencyKey(Identifier.require("Idempotency-Key", text, MAX_LENGTH));
    }
}
