package dev.waitingroom.domain.admission;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/** Where an entry stands, as the store saw it in one reading (which also counts as the entry's heartbeat). */
public sealed interface EntryStatus {

    /**
     * In the queue.
     *
     * @param position     exact, 1-based
     * @param joinedAt     the store time of the join
     * @param observedAt   the store time of this reading, so waiting time never mixes two clocks
     * @param measuredRate the event's measured admission rate, empty when none was measured
     */
    record Waiting(long position, Instant joinedAt, Instant observedAt, OptionalDouble measuredRate, boolean paused,
                   Duration abandonAfter) implements EntryStatus {

        public Duration waitingTime() {
            return since(joinedAt, observedAt);
        }
    }

    /** Admitted: the window is open until {@code windowEnd}. */
    record Admitted(Instant joinedAt, Instant windowEnd, Instant observedAt, Duration abandonAfter) implements EntryStatus {

        public Duration waitingTime() {
            return since(joinedAt, observedAt);
        }
    }

    /** Dropped for silence, or its admission window ended: the token is dead, and the store says so for a while. */
    record Expired() implements EntryStatus {
    }

    /** Never known, or left, or expired so long ago that the store forgot it. */
    record Unknown() implements EntryStatus {
    }

    private static Duration since(Instant from, Instant to) {
        Duration waited = Duration.between(from, to);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
