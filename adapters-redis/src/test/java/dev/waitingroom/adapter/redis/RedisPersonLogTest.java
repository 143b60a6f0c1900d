package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.PersonLogContract;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The person logs on Redis, held to the contract of the in-memory reference model, against the server's own clock. */
class RedisPersonLogTest extends PersonLogContract {

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;
    private static RedisSeatLedger seats;
    private static RedisPersonLog logs;
    private static RedisClient inspectorClient;
    private static StatefulRedisConnection<String, String> inspectorConnection;
    private static RedisCommands<String, String> inspector;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(10));
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection);
        catalogue = new RedisEventCatalogue(connection);
        seats = new RedisSeatLedger(connection);
        logs = new RedisPersonLog(connection);
        inspectorClient = RedisClient.create(redis.url());
        inspectorConnection = inspectorClient.connect();
        inspector = inspectorConnection.sync();
    }

    @AfterAll
    static void stopRedis() {
        if (inspectorConnection != null) {
            inspectorConnection.close();
            inspectorClient.shutdown();
        }
        if (connection != null) {
            connection.close();
        }
        if (redis != null) {
            redis.close();
        }
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
    protected PersonLog personLog() {
        return logs;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        RedisClock.letPass(connection, time);
    }

    @Override
    protected long storeMillis() {
        return RedisClock.millis(connection);
    }

    /**
     * An hour cannot be waited for: the stream's expiry time, which Redis keeps, must be the end (the script's
     * PEXPIRE counts from its own clock, a millisecond or so after the entry's time). Then the end is brought
     * to now, as time would: Redis forgets the stream, and the log reads as empty.
     */
    @Override
    protected void assertLogForgottenAt(EventId event, UserId user, Instant end) {
        String stream = RedisKeys.of(event).userLog(user);
        assertThat(inspector.pexpiretime(stream)).isBetween(end.toEpochMilli(), end.toEpochMilli() + 100);
        assertThat(logs.ofUser(event, user, Optional.empty(), LogLimit.DEFAULT).entries()).isNotEmpty();

        inspector.pexpireat(stream, RedisClock.millis(connection));

        assertThat(logs.ofUser(event, user, Optional.empty(), LogLimit.DEFAULT)).isEqualTo(LogPage.EMPTY);
        assertThat(inspector.exists(stream)).isZero();
    }
}
