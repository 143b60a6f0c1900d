package dev.waitingroom.domain.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a person holds while waiting: the event, and a ticket id of 128 random bits.
 *
 * <p>Written as {@code <event_id>~<ticket_id>}. The event travels in the token so that a status call
 * finds the event's queue without any global index ({@code ~} is outside the identifier alphabet).
 */
public final class WaitingToken {

    private static final char SEPARATOR = '~';
    private static final int RANDOM_BYTES = 16;
    private static final int TICKET_ID_LENGTH = 22; // 16 bytes in unpadded base64url
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final EventId eventId;
    private final String ticketId;

    private WaitingToken(EventId eventId, String ticketId) {
        this.eventId = eventId;
        this.ticketId = ticketId;
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
        String ticket = text.substring(separator + 1);
        if (!isTicketId(ticket)) {
            return Optional.empty();
        }
        return EventId.parse(text.substring(0, separator)).map(event -> new WaitingToken(event, ticket));
    }

    /**
     * The token of a ticket id a store kept.
     *
     * @throws IllegalArgumentException when {@code ticketId} cannot be one of ours
     */
    public static WaitingToken of(EventId eventId, String ticketId) {
        if (eventId == null || ticketId == null || !isTicketId(ticketId)) {
            throw new IllegalArgumentException("malformed ticket id");
        }
        return new WaitingToken(eventId, ticketId);
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

    public EventId eventId() {
        return eventId;
    }

    public String ticketId() {
        return ticketId;
    }

    /**
     * The entry's public name: 128 bits of the SHA-256 of the ticket id, in unpadded base64url. It names
     * the entry in an entry pass that downstream services see, without handing them the waiting token
     * (which lets its holder leave the queue).
     */
    public String entryId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ticketId.getBytes(StandardCharsets.US_ASCII));
            return ENCODER.encodeToString(Arrays.copyOf(digest, RANDOM_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public String value() {
        return eventId.value() + SEPARATOR + ticketId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitingToken token && token.eventId.equals(eventId) && token.ticketId.equals(ticketId);
    }

    @Override
    public int hashCode() {
        return 31 * eventId.hashCode() + ticketId.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
