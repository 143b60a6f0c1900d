package dev.waitingroom.domain.seat;

import dev.waitingroom.domain.queue.Identifier;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Names one reservation: 128 random bits in unpadded base64url, so it cannot be guessed. */
public record ReservationId(String value) {

    public static final int MAX_LENGTH = 64;

    public ReservationId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a reservation id must be 1-" + MAX_LENGTH + " characters of [A-Za-z0-9_-]");
        }
    }

    public static ReservationId issue(RandomGenerator random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return new ReservationId(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** The id a client sent, or empty when it cannot be one of ours. */
    public static Optional<ReservationId> parse(String text) {
        return text != null && isValid(text) ? Optional.of(new ReservationId(text)) : Optional.empty();
    }

    private static boolean isValid(String text) {
        // base64url only: no ':' or '.', so an id can be stored beside others behind a separator
        return Identifier.isValid(text, MAX_LENGTH) && text.indexOf(':') < 0 && text.indexOf('.') < 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
