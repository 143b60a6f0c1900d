package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.SeatLedgerContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Seat holds on Redis, held to the contract of the in-memory reference model, against the server's own clock. */
class RedisSeatLedgerTest extends SeatLedgerContract {

    /** Smaller than the default, so the racing sweepers get through several batches over fewer holds. */
    private static final int BATCH = 100;

    private static RedisTestServer redis;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;
    private static RedisSeatLedger seats;

    @BeforeAll
    static void startRedis() {
        redis = RedisTestServer.start();
        RedisConnection connection = redis.connection();
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection);
        catalogue = new RedisEventCatalogue(connection);
        seats = new RedisSeatLedger(connection, BATCH, RedisSeatLedger.DEFAULT_FINISHED_MEMORY);
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
    protected SeatLedger seatLedger() {
        return seats;
    }

    @Override
    protected int expiryBatch() {
        return BATCH;
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
