package dev.waitingroom.domain.queue;

/**
 * A name a client sends, checked once when it is parsed: equal by kind and text, written as its text.
 * The alphabet is shared ({@code [A-Za-z0-9._:-]}); each kind has its own length.
 */
public abstract sealed class Identifier permits EventId, UserId, IdempotencyKey {

    private final String value;

    Identifier(String value) {
        this.value = value;
    }

    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((Identifier) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }

    public static boolean isValid(String text, int maxLength) {
        if (text == null || text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        // A plain loop, not a regex: every join checks three identifiers, and a regex match cost ~5% of its CPU.
        for (int i = 0; i < text.length(); i++) {
            if (!inAlphabet(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inAlphabet(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == ':' || c == '-';
    }

    public static String rule(String what, int maxLength) {
        return what + " must be 1-" + maxLength + " characters of [A-Za-z0-9._:-]";
    }

    /** For text that is ours (constants, tests); text from a client goes through {@code parse}. */
    static String require(String what, String text, int maxLength) {
        if (!isValid(text, maxLength)) {
            throw new IllegalArgumentException(rule(what, maxLength));
        }
        return text;
    }
}
