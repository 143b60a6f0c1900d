package dev.waitingroom.domain.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * An entry as the store sees it now.
 *
 * @param position   exact, 1-based
 * @param joinedAt   the store time of the join (from its score)
 * @param observedAt the store time of this reading, so waiting time never mixes two clocks
 */
public record WaitingEntry(WaitingToken token, long position, Instant joinedAt, Instant observedAt) {

    public Duration waitingTime() {
        Duration waited = Duration.between(joinedAt, observedAt);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
