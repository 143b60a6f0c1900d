package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;

/** What became of a join. */
public sealed interface JoinQueueResult {

    /** A new entry, at {@code position} (1-based, exact at the moment of joining). */
    record Joined(WaitingToken token, long position) implements JoinQueueResult {
    }

    /** This user used the key before: the entry it made keeps its place, and its token is handed back. */
    record Duplicate(WaitingToken originalToken) implements JoinQueueResult {
    }

    /** Another user (or an anonymous join) used the key: nothing joined, nothing handed out. */
    record IdempotencyConflict() implements JoinQueueResult {
    }

    /** The user already has as many entries waiting as the event allows. */
    record UserLimitReached(int maxEntriesPerUser) implements JoinQueueResult {
    }

    record EventNotFound(EventId eventId) implements JoinQueueResult {
    }
}
