package dev.waitingroom.application.port.in;

import java.util.OptionalLong;

/** The answer to a status query. */
public sealed interface QueueStatus {

    /**
     * Still in the queue.
     *
     * @param position       exact and 1-based
     * @param waitingSeconds since the join, by the store's clock
     * @param etaSeconds     empty while no honest estimate exists (paused, or nobody admitted lately)
     * @param pollAfterSeconds when to ask again
     */
    record Waiting(long position, long waitingSeconds, OptionalLong etaSeconds, long pollAfterSeconds) implements QueueStatus {
    }

    /** Admitted: the person may enter until the window ends. */
    record Ready(long waitingSeconds, long pollAfterSeconds) implements QueueStatus {
    }

    /** Dropped for silence, or the admission window ended. */
    record TokenExpired() implements QueueStatus {
    }

    record TokenNotFound() implements QueueStatus {
    }
}
