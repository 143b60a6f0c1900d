package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.SigningKeyStoreContract;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two connections stand for two gateway instances on one Redis. */
class RedisSigningKeyStoreTest extends SigningKeyStoreContract {

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisConnection otherInstance;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(5));
        otherInstance = RedisConnection.open(redis.url(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopRedis() {
        for (AutoCloseable closeable : new AutoCloseable[] {connection, otherInstance, redis}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected SigningKeyStore emptyStore() {
        connection.call(commands -> commands.del(RedisKeys.SIGNING_KEY));
        return new RedisSigningKeyStore(connection);
    }

    @Override
    protected SigningKeyStore anotherInstance(SigningKeyStore store) {
        return new RedisSigningKeyStore(otherInstance);
    }

    @Test
    void theKeyLivesUnderItsOwnNameWithoutExpiry() {
        emptyStore().keepFirst("kept");

        String kept = connection.call(commands -> commands.get("wr:signing-key"));
        Long secondsToLive = connection.call(commands -> commands.ttl(RedisKeys.SIGNING_KEY));

        assertThat(kept).isEqualTo("kept");
        assertThat(secondsToLive).as("no expiry").isEqualTo(-1L);
        assertThat(RedisSigningKeyStore.KEY).isEqualTo("wr:signing-key");
    }

    @Test
    void aRedisThatDoesNotAnswerIsAStoreFailure() {
        try (RedisConnection broken = RedisConnection.open(redis.url(), Duration.ofSeconds(5))) {
            broken.circuitBreaker().transitionToForcedOpenState();

            assertThatThrownBy(() -> new RedisSigningKeyStore(broken).keepFirst("candidate"))
                    .isInstanceOf(StoreUnavailableException.class);
        }
    }
}
