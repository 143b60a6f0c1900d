package dev.waitingroom.domain.queue;

import java.util.Optional;

/** The person behind an entry, when the client names one: 1-64 characters of {@code [A-Za-z0-9._:-]}. */
public final class UserId extends Identifier {

    public static final int MAX_LENGTH = 64;
    public static final String RULE = Identifier.rule("user_id", MAX_LENGTH);

    private UserId(String value) {
        super(value);
    }

    /** The id a client sent, or empty when it breaks the rule. */
    public static Optional<UserId> parse(String text) {
        return Identifier.isValid(text, MAX_LENGTH) ? Optional.of(new UserId(text)) : Optional.empty();
    }

    /** @throws IllegalArgumentException when {@code text} breaks the rule */
    public static UserId of(String text) {
        return new UserId(Identifier.require("user_id", text, MAX_LENGTH));
    }
}
