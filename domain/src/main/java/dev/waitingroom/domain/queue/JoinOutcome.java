package dev.waitingroom.domain.queue;

/** What the store made of a join attempt. */
public sealed interface JoinOutcome {

    /** A new entry, at {@code position} (1-based, exact at the moment of joining). */
    record Joined(long position, QueueScore score) implements JoinOutcome {
    }

    /** The same user used this idempotency key before: the entry it made keeps its place. */
    record Duplicate(WaitingToken originalToken) implements JoinOutcome {
    }

    /** Someone else used this idempotency key: nothing is joined, and their token is not handed out. */
    record IdempotencyConflict() implements JoinOutcome {
    }

    /** The user already has as many entries waiting as the event allows. */
    record UserLimitReached(int maxEntriesPerUser) implements JoinOutcome {
    }

    record EventNotFound() implements JoinOutcome {
    }
}
