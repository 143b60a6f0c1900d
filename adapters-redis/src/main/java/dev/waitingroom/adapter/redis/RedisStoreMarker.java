package dev.waitingroom.adapter.redis;

import java.time.Instant;

/**
 * A key that says "this Redis holds the waiting room's data". Redis restarted without persistence, or
 * flushed, comes back without it, which is how a gateway tells an empty store from one it can trust.
 */
final class RedisStoreMarker {

    private final RedisConnection connection;

    RedisStoreMarker(RedisConnection connection) {
        this.connection = connection;
    }

    /** Writes the marker unless it is there already. */
    void place() {
        String value = "waiting-room store, marked " + Instant.now();
        connection.change(RedisKeys.STORE_MARKER, redis -> redis.setnx(RedisKeys.STORE_MARKER, value));
    }

    boolean isPresent() {
        return connection.call(RedisKeys.STORE_MARKER, redis -> redis.exists(RedisKeys.STORE_MARKER)) == 1L;
    }
}
