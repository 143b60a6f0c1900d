package dev.waitingroom.adapter.redis;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Redis server for tests, never the shared instance on the default port. In order of preference:
 * the server named by {@code REDIS_URL}; a {@code redis:7-alpine} container when a Docker engine
 * answers; a {@code redis-server} process of our own on a free loopback port.
 */
public final class RedisServerFixture implements AutoCloseable {

    private final String url;
    private final AutoCloseable stopper;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisServerFixture(String url, AutoCloseable stopper) {
        this.url = url;
        this.stopper = stopper;
    }

    public static RedisServerFixture start() {
        String configured = System.getenv("REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return new RedisServerFixture(configured, () -> { });
        }
        if (DockerProbe.engineAnswers()) {
            RedisContainer container = RedisContainer.start();
            return new RedisServerFixture(container.url(), container::stop);
        }
        RedisServerProcess process = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
        return new RedisServerFixture(process.url(), process);
    }

    /** A local redis-server that requires {@code password}; the URL carries it. */
    public static RedisServerFixture startWithPassword(String password) {
        RedisServerProcess process = RedisServerProcess.start(RedisServerProcess.Options.withPassword(password));
        return new RedisServerFixture(process.url(), process);
    }

    public String url() {
        return url;
    }

    /** Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stopper.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test's Redis", e);
        }
    }
}
