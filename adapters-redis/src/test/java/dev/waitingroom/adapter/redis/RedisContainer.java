package dev.waitingroom.adapter.redis;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/** A throw-away {@code redis:7-alpine} container; only loaded when a Docker engine answers. */
final class RedisContainer {

    private static final int REDIS_PORT = 6379;

    private final GenericContainer<?> container;

    private RedisContainer(GenericContainer<?> container) {
        this.container = container;
    }

    static RedisContainer start() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine"))
                .withExposedPorts(REDIS_PORT);
        container.start();
        return new RedisContainer(container);
    }

    /** The port Docker mapped on the host: a random one, never the shared default. */
    String url() {
        return "redis://" + container.getHost() + ":" + container.getMappedPort(REDIS_PORT);
    }

    void stop() {
        container.stop();
    }
}
