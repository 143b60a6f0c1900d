package dev.waitingroom.benchmarks.load;

import java.io.IOException;

/**
 * Gives an event its seats through the admin API ({@code "seats": [ids to add]}), as an operator would.
 * One request carries only what fits the gateway's default body limit (16 KiB), so the seats go in batches;
 * an update adds seats and keeps the others.
 */
final class EventSeats {

    /** {@code "s00000",} is 9 bytes: 1,500 ids make about 13.5 KB of JSON, within the default MAX_BODY_BYTES of 16,384. */
    static final int PER_REQUEST = 1_500;

    private EventSeats() {
    }

    /** Seats {@code s00000 .. s<seats-1>}; answers how many requests it took. */
    static int add(GatewayAdmin admin, String eventId, int seats) throws IOException, InterruptedException {
        int requests = 0;
        for (int from = 0; from < seats; from += PER_REQUEST) {
            admin.configure(eventId, body(from, Math.min(seats, from + PER_REQUEST)));
            requests++;
        }
        return requests;
    }

    /** {@code {"seats": ["s<from>", ..., "s<to-1>"]}} */
    static String body(int from, int to) {
        StringBuilder body = new StringBuilder(16 + (to - from) * 9).append("{\"seats\": [");
        for (int seat = from; seat < to; seat++) {
            body.append(seat == from ? "\"" : ",\"").append(SeatPicks.seatId(seat)).append('"');
        }
        return body.append("]}").toString();
    }
}
