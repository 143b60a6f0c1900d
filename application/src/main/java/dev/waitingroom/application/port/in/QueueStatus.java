package dev.waitingroom.application.port.in;

import java.util.OptionalLong;

/** The answer to a status query. */
public sealed interface QueueStatus {

    /**
     * Still in the queue.
     *
     * @param position       exact and 1-based
     * @param waitingSeconds since the join, by the store's clock
     * @param etaSeconds     empty while no honest estimate exists (nobody is being admitted yet)
     */
    record Waiting(long position, long waitingSeconds, OptionalLong etaSeconds) implements QueueStatus {
    }

    record TokenNotFound() implements QueueStatus {
    }
}
