package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;
import dev.waitingroom.domain.port.StoreHealthContract;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Telling a Redis that answers from one that still holds our data. Each test owns its redis-server. */
class RedisStoreHealthTest extends StoreHealthContract {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private RedisServerProcess redis;
    private RedisConnection connection;
    private RedisStoreHealth health;
    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(RedisStoreHealth.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        logger.addHandler(capture);
        redis = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(1));
        health = new RedisStoreHealth(connection);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        connection.close();
        redis.close();
    }

    @Override
    protected StoreHealth storeHealth() {
        return health;
    }

    @Test
    void aFirstStartOnAnEmptyRedisIsNotALoss() {
        assertThat(health.check()).isEqualTo(StoreCondition.READY);
        Long markers = connection.call(redis -> redis.exists(RedisKeys.STORE_MARKER));
        assertThat(markers).isEqualTo(1L);
    }

    @Test
    void aFlushedRedisHasLostItsDataUntilAnEventIsConfiguredAndTheLossIsLoggedOnce() {
        connection.call(redis -> redis.flushall());

        assertThat(health.check()).isEqualTo(StoreCondition.DATA_LOST);
        assertThat(health.check()).isEqualTo(StoreCondition.DATA_LOST);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getMessage()).contains("Redis lost its data").contains(RedisKeys.STORE_MARKER);

        new RedisEventCatalogue(connection).save(new EventSettings(EventId.of("again"), QueuePolicy.DEFAULT));
        assertThat(health.check()).isEqualTo(StoreCondition.READY);
        assertThat(errors).hasSize(1);
    }

    @Test
    void aRedisRestartedWithoutPersistenceHasLostItsData() throws InterruptedException {
        redis.kill();
        assertThat(health.check()).isEqualTo(StoreCondition.UNREACHABLE);
        redis.restart();

        assertThat(conditionOnceReachable()).isEqualTo(StoreCondition.DATA_LOST);
        assertThat(errors).hasSize(1);
    }

    @Test
    void whileTheBreakerIsOpenTheStoreIsUnreachableWithoutBeingAsked() {
        connection.circuitBreaker().transitionToOpenState();
        long callsBefore = connection.circuitBreaker().getMetrics().getNumberOfNotPermittedCalls();

        assertThat(health.check()).isEqualTo(StoreCondition.UNREACHABLE);
        assertThat(connection.circuitBreaker().getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(callsBefore);
    }

    private StoreCondition conditionOnceReachable() throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        StoreCondition condition = health.check();
        while (condition == StoreCondition.UNREACHABLE && System.nanoTime() < deadline) {
            Thread.sleep(50);
            condition = health.check();
        }
        return condition;
    }
}
