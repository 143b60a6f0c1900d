package dev.waitingroom.adapter.redis;

import java.time.Duration;
import java.util.List;

/** The Redis server's clock, which the scripts go by, for the contract tests that let store time pass. */
final class RedisClock {

    private RedisClock() {
    }

    static long millis(RedisConnection connection) {
        List<String> time = connection.call(redis -> redis.time());
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    /** Redis time cannot be moved: wait, polling the server's clock, until that much of it has passed. */
    static void letPass(RedisConnection connection, Duration time) {
        long until = millis(connection) + time.toMillis();
        long deadline = System.nanoTime() + time.plusSeconds(30).toNanos();
        while (millis(connection) < until) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Redis clock did not move on by " + time);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(50, until - millis(connection))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for Redis time", e);
            }
        }
    }
}
