package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.AdmissionStoreContract;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Admission on Redis, held to the contract of the in-memory reference model, against the server's own clock. */
class RedisAdmissionStoreTest extends AdmissionStoreContract {

    private static RedisTestServer redis;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;

    @BeforeAll
    static void startRedis() {
        redis = RedisTestServer.start();
        RedisConnection connection = redis.connection();
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection);
        catalogue = new RedisEventCatalogue(connection);
    }

    @AfterAll
    static void stopRedis() {
        RedisTestServer.stop(redis);
    }

    @Override
    protected QueueStore queueStore() {
        return queues;
    }

    @Override
    protected AdmissionStore admissionStore() {
        return admission;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        redis.letTimePass(time);
    }

    @Override
    protected long storeMillis() {
        return redis.millis();
    }
}
