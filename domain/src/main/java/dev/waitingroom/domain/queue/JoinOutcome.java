package dev.waitingroom.domain.queue;

/** What became of a join attempt. */
public sealed interface JoinOutcome {

    /** A new entry, at {@code position} (1-based, exact at the moment of joining). */
    record Joined(WaitingToken token, long position, QueueScore score) implements JoinOutcome {
    }

    /** The idempotency key was used before: the entry it made keeps its place. */
    record Duplicate(WaitingToken originalToken) implements JoinOutcome {
    }

    /** The user already has as many entries waiting as the event allows. */
    record UserLimitReached(int maxEntriesPerUser) implements JoinOutcome {
    }

    record EventNotFound(EventId eventId) implements JoinOutcome {
    }
}
