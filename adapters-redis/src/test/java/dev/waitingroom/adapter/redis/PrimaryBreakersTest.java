package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What counts as Redis failing for a breaker, and what does not. */
class PrimaryBreakersTest {

    private static final BreakerSettings SETTINGS = new BreakerSettings(50, 10, 5, Duration.ofSeconds(30), 1);

    @Test
    void redirectionsAfterASlotChangedHandsNeverOpenTheBreaker() {
        CircuitBreaker breaker = new PrimaryBreakers(SETTINGS, null).of(null);
        for (int i = 0; i < 50; i++) {
            failWith(breaker, () -> new RedisCommandExecutionException("MOVED 8079 127.0.0.1:43843"));
            failWith(breaker, () -> new RedisCommandExecutionException("ASK 8079 127.0.0.1:43843"));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void redisFailingOpensTheBreaker() {
        CircuitBreaker breaker = new PrimaryBreakers(SETTINGS, null).of(null);
        for (int i = 0; i < 10; i++) {
            failWith(breaker, () -> new RedisCommandTimeoutException("Command timed out after 1 second(s)"));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private static void failWith(CircuitBreaker breaker, Supplier<RuntimeException> failure) {
        try {
            breaker.executeSupplier(() -> {
                throw failure.get();
            });
        } catch (RuntimeException expected) {
            // the breaker lets the failure through, counted or not
        }
    }
}
