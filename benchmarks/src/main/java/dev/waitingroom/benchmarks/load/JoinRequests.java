package dev.waitingroom.benchmarks.load;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/v1/queue/join} with a fresh idempotency key and user for every n, so each is a real
 * join (never a Duplicate). The head is built once; only the ids and the length are filled in.
 */
final class JoinRequests implements Requests {

    static final int ACCEPTED = 202;

    private final byte[] head;
    private final String eventId;

    JoinRequests(InetSocketAddress gateway, String eventId) {
        this.eventId = eventId;
        this.head = ("POST /api/v1/queue/join HTTP/1.1\r\nHost: " + gateway.getHostString() + ":" + gateway.getPort()
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] request(long n) {
        String id = UniqueIds.of(n);
        byte[] body = ("{\"event_id\":\"" + eventId + "\",\"user_id\":\"u" + id + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("k" + id + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + rest.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(rest, 0, request, head.length, rest.length);
        System.arraycopy(body, 0, request, head.length + rest.length, body.length);
        return request;
    }

    @Override
    public int success() {
        return ACCEPTED;
    }
}
