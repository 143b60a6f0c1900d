package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueScoreGenerator;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One event's queue. Every method holds the queue's lock, so each is atomic as the Redis scripts are. */
final class EventQueue {

    private record Entry(int slot, QueueScore score, Optional<UserId> user, IdempotencyKey key) {
    }

    /** A used key, with who used it: only that user (or only anonymous joins) may have its entry back. */
    private record RememberedKey(String ticketId, Optional<UserId> user, long expiresAtMillis) {
    }

    private final EventId eventId;
    private final Clock clock;
    private final long idempotencyTtlMillis;
    private final QueueScoreGenerator scores;
    private final ArrivalIndex arrivals = new ArrivalIndex();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<IdempotencyKey, RememberedKey> keys = new HashMap<>();
    private final Map<UserId, Integer> waitingByUser = new HashMap<>();
    private long joinedTotal;
    private long leftTotal;

    EventQueue(EventId eventId, Clock clock, long idempotencyTtlMillis) {
        this.eventId = eventId;
        this.clock = clock;
        this.idempotencyTtlMillis = idempotencyTtlMillis;
        this.scores = new QueueScoreGenerator(clock);
    }

    synchronized JoinOutcome join(String ticketId, Optional<UserId> user, IdempotencyKey key, QueuePolicy policy) {
        long now = clock.millis();
        RememberedKey remembered = keys.get(key);
        if (remembered != null) {
            if (remembered.expiresAtMillis() > now) {
                return remembered.user().equals(user)
                        ? new JoinOutcome.Duplicate(WaitingToken.of(eventId, remembered.ticketId()))
                        : new JoinOutcome.IdempotencyConflict();
            }
            keys.remove(key);
        }
        if (user.isPresent() && !policy.allowsAnotherEntry(waitingByUser.getOrDefault(user.get(), 0))) {
            return new JoinOutcome.UserLimitReached(policy.maxEntriesPerUser());
        }

        QueueScore score = scores.next();
        int slot = arrivals.append();
        entries.put(ticketId, new Entry(slot, score, user, key));
        keys.put(key, new RememberedKey(ticketId, user, now + idempotencyTtlMillis));
        user.ifPresent(u -> waitingByUser.merge(u, 1, Integer::sum));
        joinedTotal++;
        return new JoinOutcome.Joined(arrivals.rank(slot), score);
    }

    /** Position and join time, or null when the ticket is not waiting. */
    synchronized Reading read(String ticketId) {
        Entry entry = entries.get(ticketId);
        return entry == null ? null : new Reading(arrivals.rank(entry.slot()), entry.score());
    }

    record Reading(long position, QueueScore score) {
    }

    synchronized boolean leave(String ticketId) {
        Entry entry = entries.remove(ticketId);
        if (entry == null) {
            return false;
        }
        arrivals.remove(entry.slot());
        RememberedKey remembered = keys.get(entry.key());
        if (remembered != null && remembered.ticketId().equals(ticketId)) {
            keys.remove(entry.key());
        }
        entry.user().ifPresent(u -> waitingByUser.computeIfPresent(u, (same, count) -> count == 1 ? null : count - 1));
        leftTotal++;
        return true;
    }

    synchronized QueueStats stats() {
        return new QueueStats(arrivals.size(), joinedTotal, leftTotal);
    }
}
