package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code waitingroom_store_call_duration_seconds{operation, outcome}}: how long each call of a driven
 * port took, and whether it worked ({@code ok}), met an unavailable store ({@code unavailable}: timeout,
 * refused, breaker open) or threw anything else ({@code error}: a bug).
 */
final class StoreCallTimers {

    static final String NAME = "waitingroom.store.call.duration";
    /** A Redis round trip takes well under a millisecond; the timeout is a second by default. */
    private static final Duration[] BUCKETS = {
            Duration.ofNanos(250_000), Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2),
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500)};

    private final MeterRegistry registry;

    StoreCallTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * The timers of one operation. Its {@code ok} series is registered now, so it exists before the first
     * call; the failure series only once a call fails: 14 buckets times 8 operations times 2 outcomes of
     * zeros would triple the scrape.
     */
    Operation operation(String name) {
        return new Operation(name, timer(name, "ok"), this);
    }

    /** Registers the timer, or finds it when it is registered already. */
    private Timer timer(String operation, String outcome) {
        return Timer.builder(NAME)
                .description("Calls of the store's driven ports, by operation and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    record Operation(String name, Timer ok, StoreCallTimers timers) {

        <T> T time(Supplier<T> call) {
            long start = System.nanoTime();
            T result;
            try {
                result = call.get();
            } catch (StoreUnavailableException e) {
                timers.timer(name, "unavailable").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                throw e;
            } catch (RuntimeException | Error e) {
                timers.timer(name, "error").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                throw e;
            }
            ok.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        }
    }
}
