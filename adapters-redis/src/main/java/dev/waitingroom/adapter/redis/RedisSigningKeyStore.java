package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import io.lettuce.core.SetArgs;
import java.util.Objects;

/**
 * The signing key every gateway on this Redis shares, under {@value RedisKeys#SIGNING_KEY}: the first
 * gateway to ask keeps its candidate ({@code SET NX}), every later one reads what was kept ({@code GET}).
 * It has no TTL: a key that expired would be replaced, and every pass signed before would stop verifying.
 */
public final class RedisSigningKeyStore implements SigningKeyStore {

    /** Where the key lives, for the operator's messages. */
    public static final String KEY = RedisKeys.SIGNING_KEY;

    /** A key deleted between our SET NX and our GET (a flush) is asked for again, but not forever. */
    private static final int ATTEMPTS = 3;

    private final RedisConnection connection;

    public RedisSigningKeyStore(RedisConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public String keepFirst(String candidate) {
        Objects.requireNonNull(candidate, "candidate");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String set = connection.change(RedisKeys.SIGNING_KEY,
                    redis -> redis.set(RedisKeys.SIGNING_KEY, candidate, SetArgs.Builder.nx()));
            if ("OK".equals(set)) {
                return candidate;
            }
            String kept = connection.call(RedisKeys.SIGNING_KEY, redis -> redis.get(RedisKeys.SIGNING_KEY));
            if (kept != null) {
                return kept;
            }
        }
        throw new StoreUnavailableException("the signing key " + RedisKeys.SIGNING_KEY
                + " vanished from Redis each time between being set and being read", null);
    }
}
