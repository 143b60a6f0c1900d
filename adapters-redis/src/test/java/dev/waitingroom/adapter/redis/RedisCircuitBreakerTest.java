package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The breaker that all Redis calls pass through: it opens on repeated store failures, and only on those. */
class RedisCircuitBreakerTest {

    private static final BreakerSettings QUICK = new BreakerSettings(50, 10, 4, Duration.ofSeconds(2), 2);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private RedisServerProcess redis;
    private RedisConnection connection;

    @BeforeEach
    void start() {
        redis = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
        connection = RedisConnection.open(redis.url(), Duration.ofMillis(500), QUICK);
    }

    @AfterEach
    void stop() {
        connection.close();
        redis.close();
    }

    @Test
    void repeatedFailuresOpenItAndThenCallsAreRefusedWithoutReachingRedis() {
        redis.kill();
        for (int i = 0; i < QUICK.minimumCalls(); i++) {
            assertThatThrownBy(this::ping).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("Redis did not answer");
        }

        assertThat(connection.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(connection.isBreakerOpen()).isTrue();
        assertThatThrownBy(this::ping)
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("circuit breaker is open")
                .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isEqualTo(QUICK.openFor()));
        assertThat(connection.circuitBreaker().getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
    }

    @Test
    void itClosesAgainOnceRedisAnswers() throws InterruptedException {
        redis.kill();
        for (int i = 0; i < QUICK.minimumCalls(); i++) {
            assertThatThrownBy(this::ping).isInstanceOf(StoreUnavailableException.class);
        }
        assertThat(connection.isBreakerOpen()).isTrue();
        redis.restart();

        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (connection.circuitBreaker().getState() != CircuitBreaker.State.CLOSED && System.nanoTime() < deadline) {
            try {
                ping();
            } catch (StoreUnavailableException stillDown) {
                Thread.sleep(50);
            }
        }
        assertThat(connection.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(ping()).isEqualTo("PONG");
    }

    @Test
    void failuresThatAreNotTheStoresDoNotOpenIt() {
        for (int i = 0; i < QUICK.windowCalls(); i++) {
            assertThatThrownBy(() -> connection.call(commands -> {
                throw new IllegalStateException("a bug of ours");
            })).isInstanceOf(IllegalStateException.class);
        }

        assertThat(connection.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(ping()).isEqualTo("PONG");
    }

    private String ping() {
        return connection.call(commands -> commands.ping());
    }
}
