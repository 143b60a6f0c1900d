package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.EventCatalogueContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RedisEventCatalogueTest extends EventCatalogueContract {

    private static RedisServerFixture redis;
    private static RedisConnection connection;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(5));
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
    protected EventCatalogue eventCatalogue() {
        return new RedisEventCatalogue(connection);
    }
}
