package dev.waitingroom.benchmarks.load;

import dev.waitingroom.domain.queue.QueueScore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Redis adapter's own join script, read from its jar, so the ceiling runs exactly the Lua the
 * gateway runs. Knows the script's KEYS and ARGV order (see the header of join.lua).
 */
final class JoinScript {

    static final String RESOURCE = "/dev/waitingroom/adapter/redis/join.lua";
    /** What the script answers first for a join that took a place in the queue. */
    static final long JOINED = 1;

    private final String source;

    private JoinScript(String source) {
        this.source = source;
    }

    static JoinScript fromAdapter() throws IOException {
        try (InputStream in = JoinScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path: is adapters-redis a dependency?");
            }
            return new JoinScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    String source() {
        return source;
    }

    /** KEYS: event, queue, seq, idempotency, tickets, users, stats, alive. */
    static List<String> keys(String eventId, String idempotencyKey) {
        String prefix = "wr:{" + eventId + "}:";
        return List.of(prefix + "event", prefix + "queue", prefix + "seq", prefix + "idem:" + idempotencyKey,
                prefix + "tickets", prefix + "users", prefix + "stats", prefix + "alive");
    }

    /**
     * ARGV: ticket id, user id ('' when anonymous), idempotency key, idempotency TTL in ms, the event hash's
     * field of the per-user limit, then the score's epoch, scores per millisecond and largest score, as
     * {@code RedisQueueStore} passes them. {@code JoinScriptTest} runs this against the script, so a change
     * of the script's arguments fails the build instead of the next benchmark run.
     */
    static List<String> arguments(String ticketId, String userId, String idempotencyKey, long idempotencyTtlMillis) {
        return List.of(ticketId, userId, idempotencyKey, Long.toString(idempotencyTtlMillis), "max_entries_per_user",
                Long.toString(QueueScore.EPOCH_UNIX_MILLIS), Long.toString(1L << QueueScore.SEQUENCE_BITS),
                Long.toString(QueueScore.MAX_ENCODED));
    }

    static String queueKey(String eventId) {
        return "wr:{" + eventId + "}:queue";
    }
}
