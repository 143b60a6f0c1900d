package dev.waitingroom.benchmarks.load;

import dev.waitingroom.adapter.redis.AdapterJoinScript;
import dev.waitingroom.domain.queue.QueueScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The Redis adapter's own join script, as the adapter sends it, so the ceiling and the fills run exactly
 * the Lua the gateway runs. Knows the script's KEYS and ARGV order (see the header of join.lua) and the
 * keys of the person log a join may write.
 */
final class JoinScript {

    /** What the script answers first for a join that took a place in the queue. */
    static final long JOINED = 1;

    private JoinScript() {
    }

    static String source() {
        return AdapterJoinScript.source();
    }

    /**
     * What every join of a run passes besides its own ids.
     *
     * @param keepLog whether the entry keeps a person log; the gateway asks the streams_queue flag, a join sent
     *                straight to Redis says what the run's {@code streams=} says
     */
    record Options(long idempotencyTtlMillis, boolean keepLog) {

        /**
         * ARGV: ticket id, user id ('' when anonymous), idempotency key, idempotency TTL in ms, the event hash's
         * field of the per-user limit, the score's epoch, scores per millisecond and largest score, whether the
         * entry keeps a log, then the log settings' fields and defaults, as {@code RedisQueueStore} passes them.
         * {@code JoinScriptTest} runs this against the script, so a change of the script's arguments fails the
         * build instead of the next benchmark run.
         */
        List<String> arguments(String ticketId, String userId, String idempotencyKey) {
            List<String> arguments = new ArrayList<>(List.of(ticketId, userId, idempotencyKey, Long.toString(idempotencyTtlMillis),
                    "max_entries_per_user", Long.toString(QueueScore.EPOCH_UNIX_MILLIS), Long.toString(1L << QueueScore.SEQUENCE_BITS),
                    Long.toString(QueueScore.MAX_ENCODED), keepLog ? "1" : "0"));
            arguments.addAll(AdapterJoinScript.logSettings());
            return arguments;
        }
    }

    /** KEYS: event, queue, seq, idempotency, tickets, users, stats, alive, logged, and the event's key prefix for person logs. */
    static List<String> keys(String eventId, String idempotencyKey) {
        String prefix = prefix(eventId);
        return List.of(prefix + "event", prefix + "queue", prefix + "seq", prefix + "idem:" + idempotencyKey,
                prefix + "tickets", prefix + "users", prefix + "stats", prefix + "alive", loggedKey(eventId), prefix);
    }

    static String queueKey(String eventId) {
        return prefix(eventId) + "queue";
    }

    /** Hash: ticket id to person, for every entry of the event that keeps a log. */
    static String loggedKey(String eventId) {
        return prefix(eventId) + "logged";
    }

    /** Stream: the log of a user in the event, as person_log.lua names it. */
    static String userLogKey(String eventId, String userId) {
        return prefix(eventId) + "user:" + userId + ":log";
    }

    private static String prefix(String eventId) {
        return "wr:{" + eventId + "}:";
    }
}
