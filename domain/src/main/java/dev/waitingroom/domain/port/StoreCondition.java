package dev.waitingroom.domain.port;

/** What a store health check found. */
public enum StoreCondition {
    /** Reachable, and holding the data it held before. */
    READY,
    /** Not answering, or its circuit breaker is open. */
    UNREACHABLE,
    /**
     * Answering, but empty of what it held: it restarted without persistence or was flushed. Queues and
     * events made before are gone. It is ready again once an event is configured.
     */
    DATA_LOST
}
