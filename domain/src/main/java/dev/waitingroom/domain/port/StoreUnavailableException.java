package dev.waitingroom.domain.port;

import java.time.Duration;

/** The store could not be reached or did not answer in time. Nothing can be assumed about the change. */
public class StoreUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    /** @param retryAfter when asking again may succeed (the time a circuit breaker stays open, say) */
    public StoreUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public StoreUnavailableException(String message, Throwable cause) {
        this(message, cause, Duration.ofSeconds(1));
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
