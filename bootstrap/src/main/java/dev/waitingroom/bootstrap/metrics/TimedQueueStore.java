package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/** The queue store, each call timed. */
final class TimedQueueStore implements QueueStore {

    private final QueueStore store;
    private final StoreCallTimers.Operation join;
    private final StoreCallTimers.Operation status;
    private final StoreCallTimers.Operation leave;
    private final StoreCallTimers.Operation stats;

    TimedQueueStore(QueueStore store, StoreCallTimers timers) {
        this.store = store;
        this.join = timers.operation("join");
        this.status = timers.operation("status");
        this.leave = timers.operation("leave");
        this.stats = timers.operation("stats");
    }

    @Override
    public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
        return join.time(() -> store.join(newToken, user, key, keepLog));
    }

    @Override
    public EntryStatus status(WaitingToken token) {
        return status.time(() -> store.status(token));
    }

    @Override
    public boolean leave(WaitingToken token) {
        return leave.time(() -> store.leave(token));
    }

    @Override
    public Optional<QueueStats> stats(EventId eventId) {
        return stats.time(() -> store.stats(eventId));
    }
}
