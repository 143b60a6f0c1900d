package dev.waitingroom.domain.queue;

import java.util.regex.Pattern;

/** The alphabet shared by every identifier a client sends: {@code [A-Za-z0-9._:-]}. */
final class Identifiers {

    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9._:-]+");

    private Identifiers() {
    }

    static boolean isValid(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength && ALPHABET.matcher(value).matches();
    }

    static String require(String what, String value, int maxLength) {
        if (!isValid(value, maxLength)) {
            throw new IllegalArgumentException(what + " must be 1-" + maxLength + " characters of [A-Za-z0-9._:-]");
        }
        return value;
    }
}
