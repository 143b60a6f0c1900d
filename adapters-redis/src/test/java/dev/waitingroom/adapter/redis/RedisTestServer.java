package dev.waitingroom.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;

/**
 * A test class's own Redis ({@link RedisServerFixture}), the adapter's connection to it that the stores under
 * test share, and a plain client to look inside (the tests may use KEYS; the adapter may not).
 */
final class RedisTestServer implements AutoCloseable {

    private final RedisServerFixture server;
    private final RedisConnection connection;
    private final RedisClient inspectorClient;
    private final StatefulRedisConnection<String, String> inspectorConnection;

    private RedisTestServer(RedisServerFixture server) {
        this.server = server;
        this.connection = RedisConnection.open(server.url(), Duration.ofSeconds(10));
        this.inspectorClient = RedisClient.create(server.url());
        this.inspectorConnection = inspectorClient.connect();
    }

    static RedisTestServer start() {
        return new RedisTestServer(RedisServerFixture.start());
    }

    String url() {
        return server.url();
    }

    RedisConnection connection() {
        return connection;
    }

    RedisCommands<String, String> inspector() {
        return inspectorConnection.sync();
    }

    /** The server's clock, which the scripts go by, in unix milliseconds. */
    long millis() {
        List<String> time = connection.call(redis -> redis.time());
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    /** Redis time cannot be moved: wait, polling the server's clock, until that much of it has passed. */
    void letTimePass(Duration time) {
        long until = millis() + time.toMillis();
        long deadline = System.nanoTime() + time.plusSeconds(30).toNanos();
        while (millis() < until) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Redis clock did not move on by " + time);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(50, until - millis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for Redis time", e);
            }
        }
    }

    /** Null-safe, for an @AfterAll after a failed @BeforeAll. */
    static void stop(RedisTestServer redis) {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    public void close() {
        inspectorConnection.close();
        inspectorClient.shutdown();
        connection.close();
        server.close();
    }
}
