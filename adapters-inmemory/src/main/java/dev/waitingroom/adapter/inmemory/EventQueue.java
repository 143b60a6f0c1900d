package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.JoinRequest;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueScoreGenerator;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** One event's queue. Every method holds the queue's lock, so each is atomic as the Redis scripts are. */
final class EventQueue {

    private record Entry(int slot, QueueScore score, UserId user, IdempotencyKey key) {
    }

    private record RememberedKey(String ticketId, long expiresAtMillis) {
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

    synchronized JoinOutcome join(JoinRequest request, QueuePolicy policy) {
        long now = clock.millis();
        RememberedKey remembered = keys.get(request.idempotencyKey());
        if (remembered != null) {
            if (remembered.expiresAtMillis() > now) {
                return new JoinOutcome.Duplicate(new WaitingToken(eventId, remembered.ticketId()));
            }
            keys.remove(request.idempotencyKey());
        }
        UserId user = request.userId();
        if (user != null && !policy.allowsAnotherEntry(waitingByUser.getOrDefault(user, 0))) {
            return new JoinOutcome.UserLimitReached(policy.maxEntriesPerUser());
        }

        QueueScore score = scores.next();
        int slot = arrivals.append();
        String ticketId = request.newToken().ticketId();
        entries.put(ticketId, new Entry(slot, score, user, request.idempotencyKey()));
        keys.put(request.idempotencyKey(), new RememberedKey(ticketId, now + idempotencyTtlMillis));
        if (user != null) {
            waitingByUser.merge(user, 1, Integer::sum);
        }
        joinedTotal++;
        return new JoinOutcome.Joined(request.newToken(), arrivals.rank(slot), score);
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
        if (entry.user() != null) {
            waitingByUser.computeIfPresent(entry.user(), (u, count) -> count == 1 ? null : count - 1);
        }
        leftTotal++;
        return true;
    }

    synchronized QueueStats stats() {
        return new QueueStats(arrivals.size(), joinedTotal, leftTotal);
    }
}
