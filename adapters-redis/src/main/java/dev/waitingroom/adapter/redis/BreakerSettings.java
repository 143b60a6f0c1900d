package dev.waitingroom.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * When the circuit breaker around Redis opens, and for how long.
 *
 * @param failureRatePercent  the share of failed calls among the last {@code windowCalls} that opens it
 * @param windowCalls         how many recent calls the rate is taken over
 * @param minimumCalls        calls needed before the rate counts, so two failures at a quiet hour do not open it
 * @param openFor             how long it stays open (every call answers 503 at once) before letting probes through
 * @param halfOpenProbes      calls let through to test a recovering Redis; all must succeed to close it
 */
public record BreakerSettings(int failureRatePercent, int windowCalls, int minimumCalls, Duration openFor, int halfOpenProbes) {

    /**
     * Opens after half of 20+ recent calls failed. Half a second open keeps recovery quick: a restarted
     * Redis serves joins again within the reconnect interval plus this wait.
     */
    public static final BreakerSettings DEFAULT = new BreakerSettings(50, 50, 20, Duration.ofMillis(500), 3);

    public BreakerSettings {
        Objects.requireNonNull(openFor, "openFor");
        if (failureRatePercent < 1 || failureRatePercent > 100) {
            throw new IllegalArgumentException("failureRatePercent must be between 1 and 100");
        }
        if (windowCalls < 1 || minimumCalls < 1 || halfOpenProbes < 1) {
            throw new IllegalArgumentException("windowCalls, minimumCalls and halfOpenProbes must be positive");
        }
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive");
        }
    }
}
