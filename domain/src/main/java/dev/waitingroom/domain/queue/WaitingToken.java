package dev.waitingroom.domain.queue;

import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a person holds while waiting: the event, and a ticket id of 128 random bits.
 *
 * <p>Written as {@code <event_id>~<ticket_id>}. The event travels in the token so that a status call
 * finds the event's queue without any global index ({@code ~} is outside the identifier alphabet).
 */
public record WaitingToken(EventId eventId, String ticketId) {

    private static final char SEPARATOR = '~';
    private static final int RANDOM_BYTES = 16;
    private static final int TICKET_ID_LENGTH = 22; // 16 bytes in unpadded base64url
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public WaitingToken {
        if (eventId == null || ticketId == null || !isTicketId(ticketId)) {
            throw new IllegalArgumentException("malformed waiting token");
        }
    }

    /** A new token; {@code random} must be a cryptographically strong generator. */
    public static WaitingToken issue(EventId eventId, RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new WaitingToken(eventId, ENCODER.encodeToString(bytes));
    }

    /** The token a client sent back, or empty when it cannot be one of ours. */
    public static Optional<WaitingToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int separator = text.lastIndexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String event = text.substring(0, separator);
        String ticket = text.substring(separator + 1);
        if (!EventId.isValid(event) || !isTicketId(ticket)) {
            return Optional.empty();
        }
        return Optional.of(new WaitingToken(new EventId(event), ticket));
    }

    private static boolean isTicketId(String ticket) {
        if (ticket.length() != TICKET_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ticket.length(); i++) {
            char c = ticket.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    public String value() {
        return eventId.value() + SEPARATOR + ticketId;
    }

    @Override
    public String toString() {
        return value();
    }
}
