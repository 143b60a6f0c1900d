package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store whose backend is down: every call fails the way a failed Redis call does, asking the client
 * to come back after {@code retryAfter} (as an open circuit breaker does).
 */
final class UnavailableStore implements QueueStore, AdmissionStore, EventCatalogue, StoreHealth, SigningKeyStore,
        SeatLedger, PersonLog, FlagStore {

    private final Duration retryAfter;

    UnavailableStore(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    UnavailableStore() {
        this(Duration.ofSeconds(1));
    }

    private StoreUnavailableException down() {
        return new StoreUnavailableException("connection refused (test)", null, retryAfter);
    }

    @Override
    public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
        throw down();
    }

    @Override
    public EntryStatus status(WaitingToken token) {
        throw down();
    }

    @Override
    public Optional<AdmissionStep> step(EventId eventId) {
        throw down();
    }

    @Override
    public EnterOutcome enter(WaitingToken token) {
        throw down();
    }

    @Override
    public Optional<String> keepPass(WaitingToken token, String pass) {
        throw down();
    }

    @Override
    public boolean leave(WaitingToken token) {
        throw down();
    }

    @Override
    public Optional<QueueStats> stats(EventId eventId) {
        throw down();
    }

    @Override
    public Optional<AdmissionStats> admissionStats(EventId eventId) {
        throw down();
    }

    @Override
    public StoreCondition check() {
        return StoreCondition.UNREACHABLE;
    }

    @Override
    public EventSettings save(EventSettings settings) {
        throw down();
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        throw down();
    }

    @Override
    public List<EventId> events() {
        throw down();
    }

    @Override
    public String keepFirst(String candidate) {
        throw down();
    }

    @Override
    public HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection seats) {
        throw down();
    }

    @Override
    public Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder) {
        throw down();
    }

    @Override
    public ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder) {
        throw down();
    }

    @Override
    public CancelOutcome cancel(EventId eventId, ReservationId id, String holder) {
        throw down();
    }

    @Override
    public ExpirySweep expireHolds(EventId eventId) {
        throw down();
    }

    @Override
    public SeatChangeOutcome changeSeats(EventId eventId, SeatChange change) {
        throw down();
    }

    @Override
    public Optional<SeatMap> seats(EventId eventId) {
        throw down();
    }

    @Override
    public Optional<SeatCounts> seatCounts(EventId eventId) {
        throw down();
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        throw down();
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        throw down();
    }

    @Override
    public Map<FeatureFlag, Rollout> read() {
        throw down();
    }

    @Override
    public Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        throw down();
    }

    @Override
    public Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        throw down();
    }
}
