package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The queues of one process, in memory. The store when no Redis is configured, and the reference
 * model the Redis store is held to by the shared contract tests. Nothing survives a restart.
 */
public final class InMemoryQueueStore implements QueueStore {

    /** How long a dropped entry or an ended window answers "expired" when nothing else is said. */
    public static final Duration DEFAULT_EXPIRED_MEMORY = Duration.ofDays(1);

    private final InMemoryEventCatalogue catalogue;
    private final Clock clock;
    private final long idempotencyTtlMillis;
    private final long expiredMemoryMillis;
    private final ConcurrentMap<EventId, EventQueue> queues = new ConcurrentHashMap<>();

    public InMemoryQueueStore(InMemoryEventCatalogue catalogue, Clock clock, Duration idempotencyTtl) {
        this(catalogue, clock, idempotencyTtl, DEFAULT_EXPIRED_MEMORY);
    }

    /** @param expiredMemory how long the token of a dropped entry or an ended window answers "expired" */
    public InMemoryQueueStore(InMemoryEventCatalogue catalogue, Clock clock, Duration idempotencyTtl, Duration expiredMemory) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.idempotencyTtlMillis = idempotencyTtl.toMillis();
        this.expiredMemoryMillis = expiredMemory.toMillis();
    }

    @Override
    public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
        Optional<EventSettings> event = catalogue.find(newToken.eventId());
        if (event.isEmpty()) {
            return new JoinOutcome.EventNotFound();
        }
        return queueOf(newToken.eventId()).join(newToken.ticketId(), user, key, event.get().queuePolicy(), keepLog);
    }

    @Override
    public EntryStatus status(WaitingToken token) {
        EventQueue queue = queues.get(token.eventId());
        Optional<EventSettings> event = catalogue.find(token.eventId());
        if (queue == null || event.isEmpty()) {
            return new EntryStatus.Unknown();
        }
        return queue.status(token.ticketId(), event.get().admissionPolicy());
    }

    @Override
    public boolean leave(WaitingToken token) {
        EventQueue queue = queues.get(token.eventId());
        return queue != null && queue.leave(token.ticketId());
    }

    @Override
    public Optional<QueueStats> stats(EventId eventId) {
        if (catalogue.find(eventId).isEmpty()) {
            return Optional.empty();
        }
        EventQueue queue = queues.get(eventId);
        return Optional.of(queue == null ? new QueueStats(0, 0, 0) : queue.queueStats());
    }

    /** The event's queue, made on first use. Its person logs go by the event's log policy as it is at each change. */
    EventQueue queueOf(EventId eventId) {
        return queues.computeIfAbsent(eventId, id -> new EventQueue(id, clock, idempotencyTtlMillis, expiredMemoryMillis,
                () -> catalogue.find(id).map(EventSettings::logPolicy).orElse(LogPolicy.DEFAULT)));
    }

    /** The clock every event's queue and seats go by. */
    Clock clock() {
        return clock;
    }

    Optional<EventQueue> existingQueue(EventId eventId) {
        return Optional.ofNullable(queues.get(eventId));
    }
}
