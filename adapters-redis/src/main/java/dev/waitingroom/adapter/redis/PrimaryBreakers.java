package dev.waitingroom.adapter.redis;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.lettuce.core.RedisException;
import java.util.function.Function;

/**
 * The circuit breakers around Redis: one for a single server (or Sentinel's primary), and on a Cluster one more per
 * primary, so a dead node answers 503 at once for its own events while the other primaries' events are served.
 */
final class PrimaryBreakers {

    private static final System.Logger LOG = System.getLogger(PrimaryBreakers.class.getName());

    /** The breaker's name, as the metrics show it; a Cluster's primaries get one each, {@code redis@host:port}. */
    static final String BREAKER = "redis";

    private final CircuitBreakerRegistry registry;
    private final Function<String, String> primaryOfKey;

    /** @param primaryOfKey {@code host:port} of the primary serving a key now; null for a single server */
    PrimaryBreakers(BreakerSettings settings, Function<String, String> primaryOfKey) {
        this.registry = CircuitBreakerRegistry.of(config(settings));
        this.primaryOfKey = primaryOfKey;
        registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(change -> logTransition(change.getCircuitBreakerName(), change.getStateTransition(),
                        settings)));
        registry.circuitBreaker(BREAKER);
    }

    /** The breaker for a call on {@code key}; a call tied to no key (null) uses {@value #BREAKER}. */
    CircuitBreaker of(String key) {
        return registry.circuitBreaker(key == null || primaryOfKey == null ? BREAKER : BREAKER + "@" + primaryOfKey.apply(key));
    }

    /** Whether every breaker refuses calls now: with any primary still reachable, the gateway is of use. */
    boolean allOpen() {
        return registry.getAllCircuitBreakers().stream().map(CircuitBreaker::getState)
                .allMatch(state -> state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN);
    }

    CircuitBreakerRegistry registry() {
        return registry;
    }

    private static CircuitBreakerConfig config(BreakerSettings settings) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.windowCalls())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                // only store failures count: anything else thrown is a bug of ours, not Redis being down; and a MOVED
                // or ASK is the client's slot map being behind a failover, answered at once, not Redis failing
                .recordException(thrown -> thrown instanceof RedisException
                        && !PrimaryMoves.isRedirect(String.valueOf(thrown.getMessage())))
                .build();
    }

    /** Opening and closing are news for the operator; the probing in between, during a long outage, is not. */
    private static void logTransition(String breaker, CircuitBreaker.StateTransition transition, BreakerSettings settings) {
        switch (transition) {
            case CLOSED_TO_OPEN -> LOG.log(System.Logger.Level.WARNING, "Redis keeps failing (" + breaker + "): circuit"
                    + " breaker open, every call through it answers 503 at once; probing again every "
                    + settings.openFor().toMillis() + " ms");
            case HALF_OPEN_TO_CLOSED -> LOG.log(System.Logger.Level.INFO, "Redis answers again (" + breaker + "): circuit"
                    + " breaker closed");
            default -> LOG.log(System.Logger.Level.DEBUG, "Redis circuit breaker " + breaker + ": " + transition);
        }
    }
}
