package dev.waitingroom.benchmarks.load;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fills an event's queue straight in Redis, far faster than through HTTP: the adapter's own join.lua by
 * EVALSHA with the keys and arguments the gateway passes ({@link JoinScript}), pipelined in batches on a
 * connection of its own. Entry n has ticket id {@code UniqueIds.of(n)} (a valid ticket id: 22 characters
 * of the base64url alphabet), user {@code u<ticket>} and idempotency key {@code k<ticket>}, so it leaves
 * exactly the state a join through the gateway leaves, and {@link StatusRequests} can name its token.
 */
final class PipelinedJoins {

    /** Joins sent before waiting for replies; one batch is answered while the next is written. */
    static final int BATCH = 2_000;
    private static final Duration BATCH_LIMIT = Duration.ofMinutes(1);

    private final StatefulRedisConnection<String, String> connection;
    private final String sha;
    private final JoinScript.Options options;

    /** @param connection used for nothing else while filling: its commands are flushed by hand */
    PipelinedJoins(StatefulRedisConnection<String, String> connection, String sha, JoinScript.Options options) {
        this.connection = connection;
        this.sha = sha;
        this.options = options;
    }

    record Result(long joined, long notJoined, Duration elapsed) {
        double joinsPerSecond() {
            return joined / (elapsed.toNanos() / 1e9);
        }
    }

    /** Joins entries 0 .. count-1 into the event's queue; the event must be open. */
    Result fill(String eventId, long count) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long joined = 0;
        long notJoined = 0;
        RedisAsyncCommands<String, String> async = connection.async();
        connection.setAutoFlushCommands(false);
        try {
            List<RedisFuture<List<Object>>> previous = List.of();
            for (long from = 0; from < count; from += BATCH) {
                List<RedisFuture<List<Object>>> batch = new ArrayList<>(BATCH);
                for (long n = from; n < Math.min(count, from + BATCH); n++) {
                    String ticket = UniqueIds.of(n);
                    batch.add(async.evalsha(sha, ScriptOutputType.MULTI, JoinScript.keys(eventId, "k" + ticket).toArray(String[]::new),
                            options.arguments(ticket, "u" + ticket, "k" + ticket).toArray(String[]::new)));
                }
                connection.flushCommands();
                long[] counted = await(previous);
                joined += counted[0];
                notJoined += counted[1];
                previous = batch;
            }
            long[] counted = await(previous);
            joined += counted[0];
            notJoined += counted[1];
        } finally {
            connection.setAutoFlushCommands(true);
        }
        return new Result(joined, notJoined, Duration.ofNanos(System.nanoTime() - start));
    }

    /** {joined, not joined} of one batch. */
    private static long[] await(List<RedisFuture<List<Object>>> batch) throws IOException, InterruptedException {
        long joined = 0;
        long notJoined = 0;
        for (RedisFuture<List<Object>> reply : batch) {
            try {
                if (reply.get(BATCH_LIMIT.toSeconds(), TimeUnit.SECONDS).getFirst() instanceof Long answer && answer == JoinScript.JOINED) {
                    joined++;
                } else {
                    notJoined++;
                }
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("a pipelined join failed: " + e.getMessage(), e);
            }
        }
        return new long[] {joined, notJoined};
    }
}
