package dev.waitingroom.application.port.in;

import java.util.Objects;

/**
 * Checks the holder of a reservation: the entry id of an admission (the {@code sub} of its entry pass),
 * 1-64 characters of base64url. Only a verified pass names one, so anything else is a bug upstream.
 */
public final class Holder {

    public static final int MAX_LENGTH = 64;

    private Holder() {
    }

    public static String require(String holder) {
        Objects.requireNonNull(holder, "holder");
        if (!isValid(holder)) {
            throw new IllegalArgumentException("a holder is an entry id: 1-" + MAX_LENGTH + " characters of [A-Za-z0-9_-]");
        }
        return holder;
    }

    public static boolean isValid(String holder) {
        if (holder.isEmpty() || holder.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < holder.length(); i++) {
            char c = holder.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }
}
