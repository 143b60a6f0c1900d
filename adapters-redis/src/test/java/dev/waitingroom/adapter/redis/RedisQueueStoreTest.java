package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.QueueStoreContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Redis store held to the same contract as the in-memory reference model. */
class RedisQueueStoreTest extends QueueStoreContract {

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisQueueStore store;
    private static RedisEventCatalogue catalogue;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(5));
        store = new RedisQueueStore(connection, Duration.ofMinutes(10));
        catalogue = new RedisEventCatalogue(connection);
    }

    @AfterAll
    static void stopRedis() {
        if (connection != null) {
            connection.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected QueueStore queueStore() {
        return store;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }
}
