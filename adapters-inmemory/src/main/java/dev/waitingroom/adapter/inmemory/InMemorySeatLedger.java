package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The seats of this process's events, in memory, with the same semantics as the Redis scripts. Each event's
 * seats live under the lock of its queue in {@link InMemoryQueueStore}, so that a hold sees, and a confirm
 * closes, the admission window atomically; time is the queue store's clock.
 */
public final class InMemorySeatLedger implements SeatLedger {

    /** Holds one {@link #expireHolds} call expires at most, as on Redis. */
    public static final int DEFAULT_BATCH = 150;
    /** How long a cancelled or expired reservation can still be read before it is forgotten. */
    public static final Duration DEFAULT_FINISHED_MEMORY = Duration.ofHours(24);

    private final InMemoryEventCatalogue catalogue;
    private final InMemoryQueueStore queues;
    private final int batch;
    private final long finishedMemoryMillis;
    private final ConcurrentMap<EventId, EventSeats> events = new ConcurrentHashMap<>();

    public InMemorySeatLedger(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues) {
        this(catalogue, queues, DEFAULT_BATCH, DEFAULT_FINISHED_MEMORY);
    }

    public InMemorySeatLedger(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues, int batch, Duration finishedMemory) {
        if (batch < 1) {
            throw new IllegalArgumentException("a sweep must expire at least one hold");
        }
        if (finishedMemory.isNegative()) {
            throw new IllegalArgumentException("the finished memory cannot be negative");
        }
        this.catalogue = catalogue;
        this.queues = queues;
        this.batch = batch;
        this.finishedMemoryMillis = finishedMemory.toMillis();
    }

    @Override
    public HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection seats) {
        if (queues.existingQueue(eventId).isEmpty()) {
            return new HoldOutcome.WindowClosed(); // nobody ever joined: no window can be open
        }
        SeatPolicy policy = catalogue.find(eventId).map(EventSettings::seatPolicy).orElse(SeatPolicy.DEFAULT);
        return seatsOf(eventId).hold(holder, newId, seats, policy);
    }

    @Override
    public Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder) {
        return existing(eventId).flatMap(seats -> seats.reservation(id, holder));
    }

    @Override
    public ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder) {
        return existing(eventId).map(seats -> seats.confirm(id, holder)).orElseGet(ConfirmOutcome.NotFound::new);
    }

    @Override
    public CancelOutcome cancel(EventId eventId, ReservationId id, String holder) {
        return existing(eventId).map(seats -> seats.cancel(id, holder)).orElseGet(CancelOutcome.NotFound::new);
    }

    @Override
    public ExpirySweep expireHolds(EventId eventId) {
        return existing(eventId).map(EventSeats::expireHolds).orElseGet(() -> new ExpirySweep(0, false));
    }

    /** Works for an event not saved yet: the configure use case changes the seats before it saves the settings. */
    @Override
    public SeatChangeOutcome changeSeats(EventId eventId, SeatChange change) {
        return seatsOf(eventId).change(change);
    }

    @Override
    public Optional<SeatMap> seats(EventId eventId) {
        return existing(eventId).flatMap(EventSeats::map);
    }

    @Override
    public Optional<SeatCounts> seatCounts(EventId eventId) {
        return existing(eventId).flatMap(EventSeats::counts);
    }

    private Optional<EventSeats> existing(EventId eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    private EventSeats seatsOf(EventId eventId) {
        return events.computeIfAbsent(eventId,
                id -> new EventSeats(id, queues.queueOf(id), queues.clock(), batch, finishedMemoryMillis));
    }
}
