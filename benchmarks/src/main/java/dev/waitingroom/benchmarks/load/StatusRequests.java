package dev.waitingroom.benchmarks.load;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/queue/status?token=} over the tokens of the entries {@link PipelinedJoins} put in the
 * event (ticket ids {@code UniqueIds.of(0..entries-1)}), one after the other and round again, so every
 * entry is asked about equally often, as people polling at a steady pace would be.
 */
final class StatusRequests implements Requests {

    static final int OK = 200;

    private final EventId eventId;
    private final long entries;
    private final String host;

    StatusRequests(InetSocketAddress gateway, String eventId, long entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("status calls need at least one entry to ask about");
        }
        this.eventId = EventId.of(eventId);
        this.entries = entries;
        this.host = gateway.getHostString() + ":" + gateway.getPort();
    }

    /** The token of the entry request n asks about: the domain writes it, so it is the one the gateway issued. */
    String token(long n) {
        return WaitingToken.of(eventId, UniqueIds.of(n % entries)).value();
    }

    @Override
    public byte[] request(long n) {
        // A token is an identifier, '~' and base64url: nothing in it needs escaping in a query.
        return ("GET /api/v1/queue/status?token=" + token(n) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int success() {
        return OK;
    }
}
