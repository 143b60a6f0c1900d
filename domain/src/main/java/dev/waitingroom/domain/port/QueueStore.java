package dev.waitingroom.domain.port;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/**
 * The queues of all events. Every method is atomic: it either happens whole or not at all.
 * Infrastructure failures surface as {@link StoreUnavailableException}.
 */
public interface QueueStore {

    /**
     * Joins the event of {@code newToken} in one step: checks that the event exists, the idempotency key
     * (a key already used by the same user answers its entry, by anyone else a conflict), and the event's
     * per-user limit; then takes the next score and records the entry under {@code newToken}, and the key
     * with who used it. Joining counts as the entry's first heartbeat. A key whose entry is gone (left,
     * dropped, or its window ended) is free again. The queue's order is the order in which the store accepted the joins.
     *
     * @param user    empty for an anonymous entry (no per-user limit applies)
     * @param keepLog whether this entry's changes go to its person's log ({@link PersonLog}), from this join
     *                to its end: decided once, so that a log never starts or stops in the middle of an entry
     */
    JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog);

    /** Joins without keeping a log of the entry. */
    default JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key) {
        return join(newToken, user, key, false);
    }

    /**
     * Where the entry stands now. Reading a waiting entry is its heartbeat: it keeps the entry from being
     * dropped for silence, in the same atomic step as the reading.
     */
    EntryStatus status(WaitingToken token);

    /**
     * Removes every trace of the entry, waiting or admitted (which closes its admission window at once),
     * and frees its user's place under the per-user limit and its idempotency key. Returns false when
     * it was already gone.
     */
    boolean leave(WaitingToken token);

    /** The event's counters, or empty when the event does not exist. */
    Optional<QueueStats> stats(EventId eventId);
}
