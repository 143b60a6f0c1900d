package dev.waitingroom.application.service;

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
import dev.waitingroom.domain.seat.SeatSelection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * A seat ledger that answers what a test scripted, and records what it was asked: for the services' own
 * logic (which calls they make, in which order, and what they do with each answer).
 */
final class ScriptedSeatLedger implements SeatLedger {

    private final Map<EventId, Queue<ExpirySweep>> sweeps = new HashMap<>();
    private final Map<EventId, RuntimeException> failures = new HashMap<>();
    private final Map<EventId, Integer> sweepCalls = new HashMap<>();
    private final List<SeatChange> changes = new ArrayList<>();
    private SeatChangeOutcome changeOutcome = new SeatChangeOutcome.Changed(SeatCounts.NONE);

    void nextSweep(EventId event, ExpirySweep sweep) {
        sweeps.computeIfAbsent(event, e -> new ArrayDeque<>()).add(sweep);
    }

    void fail(EventId event, RuntimeException failure) {
        failures.put(event, failure);
    }

    int sweeps(EventId event) {
        return sweepCalls.getOrDefault(event, 0);
    }

    void answerChanges(SeatChangeOutcome outcome) {
        changeOutcome = outcome;
    }

    List<SeatChange> changes() {
        return changes;
    }

    /** Each event's scripted sweeps, then nothing left to sweep. */
    @Override
    public ExpirySweep expireHolds(EventId eventId) {
        sweepCalls.merge(eventId, 1, Integer::sum);
        if (failures.containsKey(eventId)) {
            throw failures.get(eventId);
        }
        Queue<ExpirySweep> scripted = sweeps.get(eventId);
        return scripted != null && !scripted.isEmpty() ? scripted.poll() : new ExpirySweep(0, false);
    }

    @Override
    public SeatChangeOutcome changeSeats(EventId eventId, SeatChange change) {
        changes.add(change);
        return changeOutcome;
    }

    @Override
    public HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection seats) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CancelOutcome cancel(EventId eventId, ReservationId id, String holder) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SeatMap> seats(EventId eventId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SeatCounts> seatCounts(EventId eventId) {
        return Optional.empty();
    }
}
