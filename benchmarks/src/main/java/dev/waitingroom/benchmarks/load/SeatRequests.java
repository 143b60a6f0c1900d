package dev.waitingroom.benchmarks.load;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The requests of an admitted person, as the HTTP contract has them: enter with the waiting token, then
 * hold seats and confirm with the reservation token as a bearer token.
 */
final class SeatRequests {

    private final String host;

    SeatRequests(InetSocketAddress gateway) {
        this.host = gateway.getHostString() + ":" + gateway.getPort();
    }

    /** {@code POST /api/v1/queue/enter}: 200 with the reservation token once admitted. */
    byte[] enter(String waitingToken) {
        return post("/api/v1/queue/enter", null, "{\"waiting_token\":\"" + waitingToken + "\"}");
    }

    /** {@code POST /api/v1/reservations}: 201 with the reservation when every seat is held. */
    byte[] hold(String reservationToken, String eventId, List<String> seats) {
        StringBuilder body = new StringBuilder("{\"event_id\":\"").append(eventId).append("\",\"seat_ids\":[");
        for (int i = 0; i < seats.size(); i++) {
            body.append(i == 0 ? "\"" : ",\"").append(seats.get(i)).append('"');
        }
        return post("/api/v1/reservations", reservationToken, body.append("]}").toString());
    }

    /** {@code POST /api/v1/reservations/{id}/confirm}: 200 when the seats are sold. */
    byte[] confirm(String reservationToken, String reservationId) {
        return post("/api/v1/reservations/" + reservationId + "/confirm", reservationToken, null);
    }

    private byte[] post(String path, String bearer, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.US_ASCII);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        byte[] headBytes = head.append("Content-Length: ").append(body.length).append("\r\n\r\n").toString()
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }
}
