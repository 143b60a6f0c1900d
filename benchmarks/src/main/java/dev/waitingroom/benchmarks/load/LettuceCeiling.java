package dev.waitingroom.benchmarks.load;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The unpipelined ceiling as a Java client sees it: C virtual threads on one shared Lettuce connection
 * (as the gateway shares one), each waiting for its reply before sending its next join.
 */
final class LettuceCeiling {

    private final RedisCommands<String, String> redis;

    LettuceCeiling(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    record Result(long joined, long notJoined, Duration elapsed) {
        double joinsPerSecond() {
            return joined / (elapsed.toNanos() / 1e9);
        }
    }

    Result run(String sha, String eventId, int clients, long requests, JoinScript.Options options, Duration timeLimit)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong joined = new AtomicLong();
        AtomicLong notJoined = new AtomicLong();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>(clients);
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().name("lettuce-ceiling-", c).start(() -> {
                long n;
                while ((n = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    String id = UniqueIds.of(n);
                    List<String> keys = JoinScript.keys(eventId, "k" + id);
                    List<Object> reply = redis.evalsha(sha, ScriptOutputType.MULTI, keys.toArray(String[]::new),
                            options.arguments(id, "u" + id, "k" + id).toArray(String[]::new));
                    if (reply.getFirst() instanceof Long answer && answer == JoinScript.JOINED) {
                        joined.incrementAndGet();
                    } else {
                        notJoined.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(joined.get(), notJoined.get(), Duration.ofNanos(System.nanoTime() - start));
    }
}
