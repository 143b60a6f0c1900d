package dev.waitingroom.application.port.in;

/** The answer to a readiness probe. */
public sealed interface Readiness {

    record Ready() implements Readiness {
    }

    /** The store does not answer, or its circuit breaker is open. */
    record StoreUnreachable() implements Readiness {
    }

    /** The store answers but lost what it held (restarted empty, or flushed). */
    record StoreDataLost() implements Readiness {
    }
}
