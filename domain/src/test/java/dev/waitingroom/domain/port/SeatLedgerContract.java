package dev.waitingroom.domain.port;

import static dev.waitingroom.domain.seat.SeatState.AVAILABLE;
import static dev.waitingroom.domain.seat.SeatState.HELD;
import static dev.waitingroom.domain.seat.SeatState.SOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import dev.waitingroom.domain.seat.SeatState;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SeatLedger} must show, over the {@link QueueStore}, {@link AdmissionStore} and
 * {@link EventCatalogue} of the same store: a holder is an admitted entry that kept its entry pass.
 *
 * <p>Time passes by the store's own clock: an adapter with an injected clock moves it, and one on a real
 * server waits until that much of its time has passed. The shortest hold and window an operator may set are
 * ten seconds, so every case that needs a hold or a window to run out is gathered into three tests that wait.
 *
 * <p>After every test, the seats of every event it touched must agree with the counters kept beside them,
 * none negative: the seed's inventory check, which its own store failed.
 */
public abstract class SeatLedgerContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The shortest hold and the shortest admission window an operator may set. */
    protected static final Duration SHORT = Duration.ofSeconds(SeatPolicy.MIN_HOLD_SECONDS);
    /** Open at once, as fast as allowed, with room for everyone: admission is not what these tests are about. */
    protected static final AdmissionPolicy OPEN = open(AdmissionPolicy.MAX_OF_MAX_ACTIVE, Duration.ofSeconds(600));

    private final List<EventId> touched = new ArrayList<>();

    protected abstract QueueStore queueStore();

    protected abstract AdmissionStore admissionStore();

    protected abstract EventCatalogue eventCatalogue();

    protected abstract SeatLedger seatLedger();

    /** Returns once at least {@code time} has passed on the store's clock. */
    protected abstract void letStoreTimePass(Duration time);

    /** The store's clock now, in unix milliseconds. */
    protected abstract long storeMillis();

    /** The most holds one {@link SeatLedger#expireHolds} call releases in the ledger under test. */
    protected int expiryBatch() {
        return 150;
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** An admitted entry that kept its pass: what makes and owns a reservation. */
    protected record Holder(WaitingToken token, String id, Instant windowEnd) {
    }

    protected static AdmissionPolicy open(int maxActive, Duration entryTtl) {
        return new AdmissionPolicy(AdmissionPolicy.MAX_RATE, maxActive, entryTtl, Duration.ofHours(1), false);
    }

    protected EventId event(QueuePolicy queue, AdmissionPolicy admission, SeatPolicy seats) {
        EventId event = EventId.of("seats-" + UUID.randomUUID());
        eventCatalogue().save(new EventSettings(event, queue, admission, seats));
        touched.add(event);
        return event;
    }

    protected EventId event(SeatPolicy policy, String... seats) {
        EventId event = event(QueuePolicy.DEFAULT, OPEN, policy);
        addSeats(event, seats);
        return event;
    }

    protected EventId event(String... seats) {
        return event(SeatPolicy.DEFAULT, seats);
    }

    /** {@code count} seat ids that sort in the order they are numbered. */
    protected static String[] numbered(String prefix, int count) {
        String[] seats = new String[count];
        for (int i = 0; i < count; i++) {
            seats[i] = prefix + String.format("%06d", i + 1);
        }
        return seats;
    }

    protected static List<SeatId> ids(String... seats) {
        return Arrays.stream(seats).map(SeatId::of).toList();
    }

    protected SeatChangeOutcome change(EventId event, List<SeatId> add, List<SeatId> remove) {
        touched.add(event);
        return seatLedger().changeSeats(event, new SeatChange(add, remove));
    }

    protected void addSeats(EventId event, String... seats) {
        if (seats.length > 0) {
            assertThat(change(event, ids(seats), List.of())).isInstanceOf(SeatChangeOutcome.Changed.class);
        }
    }

    protected WaitingToken join(EventId event, Optional<UserId> user, String key) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        assertThat(queueStore().join(token, user, IdempotencyKey.of(key))).isInstanceOf(JoinOutcome.Joined.class);
        return token;
    }

    protected WaitingToken join(EventId event) {
        return join(event, Optional.empty(), UUID.randomUUID().toString());
    }

    /** Steps until nobody waits; with {@link #OPEN} everyone who joined is then admitted. */
    protected void admitEveryone(EventId event) {
        Admitting.admitEveryone(admissionStore(), event);
    }

    /** Enters with an admitted token and keeps a pass for its window, which makes its entry id a holder. */
    protected Holder keepPass(WaitingToken token) {
        return new Holder(token, token.entryId(), Admitting.keepPass(admissionStore(), token));
    }

    protected List<Holder> admitted(EventId event, int people) {
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            tokens.add(join(event));
        }
        admitEveryone(event);
        List<Holder> holders = new ArrayList<>();
        for (WaitingToken token : tokens) {
            holders.add(keepPass(token));
        }
        return holders;
    }

    protected Holder admitted(EventId event) {
        return admitted(event, 1).get(0);
    }

    protected HoldOutcome hold(EventId event, Holder holder, String... seats) {
        return seatLedger().hold(event, holder.id(), ReservationId.issue(RANDOM), SeatSelection.of(seats));
    }

    protected Reservation held(EventId event, Holder holder, String... seats) {
        HoldOutcome outcome = hold(event, holder, seats);
        assertThat(outcome).isInstanceOf(HoldOutcome.Held.class);
        return ((HoldOutcome.Held) outcome).reservation();
    }

    protected Reservation confirmed(EventId event, Holder holder, Reservation reservation) {
        ConfirmOutcome outcome = seatLedger().confirm(event, reservation.id(), holder.id());
        assertThat(outcome).isInstanceOf(ConfirmOutcome.Confirmed.class);
        return ((ConfirmOutcome.Confirmed) outcome).reservation();
    }

    protected Optional<Reservation> read(EventId event, Holder holder, Reservation reservation) {
        return seatLedger().reservation(event, reservation.id(), holder.id());
    }

    protected ReservationStatus statusOf(EventId event, Holder holder, Reservation reservation) {
        return read(event, holder, reservation).orElseThrow().status();
    }

    /** Every seat of the event with its state, in the order the seat map gives them. */
    protected Map<String, SeatState> states(EventId event) {
        Map<String, SeatState> states = new LinkedHashMap<>();
        seatLedger().seats(event).orElseThrow().seats().forEach(seat -> states.put(seat.id().value(), seat.state()));
        return states;
    }

    protected SeatCounts counts(EventId event) {
        return seatLedger().seatCounts(event).orElseThrow();
    }

    /** Waits until the store's clock is one millisecond past {@code end} (a moved clock lands exactly there). */
    protected void waitUntilPast(Instant end) {
        long wait = end.toEpochMilli() + 1 - storeMillis();
        if (wait > 0) {
            letStoreTimePass(Duration.ofMillis(wait));
        }
    }

    /**
     * The seed's inventory check: the counters equal the counts of the seats' states, read in one step, and
     * the counters read alone say the same. (A negative counter cannot even be read: {@link SeatCounts}
     * refuses it.)
     */
    protected void assertInventoryAgrees(EventId event) {
        Optional<SeatMap> map = seatLedger().seats(event);
        Optional<SeatCounts> counters = seatLedger().seatCounts(event);
        if (map.isEmpty()) {
            assertThat(counters).as("no seats, no counters, for %s", event).isEmpty();
            return;
        }
        assertThat(map.get().counts()).as("the counters beside the seats of %s", event)
                .isEqualTo(map.get().countedFromSeats());
        assertThat(counters).as("the counters of %s read alone", event).contains(map.get().counts());
    }

    @AfterEach
    void theSeatsOfEveryEventTouchedStillAgreeWithTheirCounters() {
        for (EventId event : new LinkedHashSet<>(touched)) {
            assertInventoryAgrees(event);
        }
    }

    // ---- changing seats ------------------------------------------------------------------------

    @Test
    void anEventWithoutSeatsHasNoSeatMapAndNoCounters() {
        EventId event = event(QueuePolicy.DEFAULT, OPEN, SeatPolicy.DEFAULT);
        assertThat(seatLedger().seats(event)).isEmpty();
        assertThat(seatLedger().seatCounts(event)).isEmpty();
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(0, false));
        EventId nowhere = EventId.of("nowhere-" + UUID.randomUUID());
        assertThat(seatLedger().seats(nowhere)).isEmpty();
        assertThat(seatLedger().seatCounts(nowhere)).isEmpty();
    }

    @Test
    void addedSeatsAreAvailableAndListedInSeatIdOrderEvenBeforeTheEventIsSaved() {
        // the configure use case changes the seats before it saves the settings
        EventId event = EventId.of("unsaved-" + UUID.randomUUID());

        assertThat(change(event, ids("B2", "A1", "A10"), List.of()))
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(3, 0, 0)));

        assertThat(states(event)).containsExactly(entry("A1", AVAILABLE), entry("A10", AVAILABLE), entry("B2", AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 0, 0));
    }

    @Test
    void addingSeatsAgainKeepsTheStateOfThoseAlreadyThere() {
        EventId event = event("A1", "A2", "A3");
        List<Holder> holders = admitted(event, 2);
        held(event, holders.get(0), "A1");
        confirmed(event, holders.get(1), held(event, holders.get(1), "A2"));

        assertThat(change(event, ids("A1", "A2", "A3", "A4"), List.of()))
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(2, 1, 1)));

        assertThat(states(event)).containsExactly(
                entry("A1", HELD), entry("A2", SOLD), entry("A3", AVAILABLE), entry("A4", AVAILABLE));
    }

    @Test
    void removingTakesAwayFreeSeatsAndASeatTheEventDoesNotHaveIsAlreadyRemoved() {
        EventId event = event("A1", "A2", "A3");
        Holder holder = admitted(event);

        assertThat(change(event, List.of(), ids("A3", "Z9")))
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(2, 0, 0)));
        assertThat(states(event)).containsExactly(entry("A1", AVAILABLE), entry("A2", AVAILABLE));
        assertThat(hold(event, holder, "A3")).isEqualTo(new HoldOutcome.UnknownSeats(ids("A3")));

        assertThat(change(event, List.of(), ids("A1", "A2")))
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(0, 0, 0)));
        assertThat(seatLedger().seats(event)).as("no seats left: as if it never had any").isEmpty();
        assertThat(seatLedger().seatCounts(event)).isEmpty();
    }

    @Test
    void removingAHeldOrSoldSeatIsRefusedAndChangesNothing() {
        EventId event = event("A1", "A2", "A3", "A4", "A5");
        List<Holder> holders = admitted(event, 2);
        held(event, holders.get(0), "A1");
        confirmed(event, holders.get(1), held(event, holders.get(1), "A2"));
        Map<String, SeatState> before = states(event);

        assertThat(change(event, ids("N1"), ids("A5", "A2", "A3", "A1")))
                .as("every seat in use, in the order asked")
                .isEqualTo(new SeatChangeOutcome.SeatsInUse(ids("A2", "A1")));

        assertThat(states(event)).as("neither the free seats removed nor the new one added").isEqualTo(before);
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 1, 1));
    }

    @Test
    void anEventHasAtMostOneHundredThousandSeatsAndAChangeBeyondChangesNothing() {
        EventId event = event(QueuePolicy.DEFAULT, OPEN, SeatPolicy.DEFAULT);
        String[] seats = numbered("S", SeatPolicy.MAX_SEATS_PER_EVENT);
        int part = SeatPolicy.MAX_SEATS_PER_EVENT / 4;
        for (int from = 0; from < seats.length; from += part) {
            assertThat(change(event, ids(Arrays.copyOfRange(seats, from, from + part)), List.of()))
                    .isInstanceOf(SeatChangeOutcome.Changed.class);
        }
        SeatCounts full = new SeatCounts(SeatPolicy.MAX_SEATS_PER_EVENT, 0, 0);
        assertThat(counts(event)).isEqualTo(full);

        assertThat(change(event, ids("EXTRA"), List.of()))
                .isEqualTo(new SeatChangeOutcome.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT));
        assertThat(change(event, ids("EXTRA", "EXTRA2"), ids(seats[0])))
                .as("the seats the event would have after the change count")
                .isEqualTo(new SeatChangeOutcome.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT));
        assertThat(counts(event)).isEqualTo(full);
        assertThat(seatLedger().seats(event).orElseThrow().seats())
                .hasSize(SeatPolicy.MAX_SEATS_PER_EVENT)
                .noneMatch(seat -> seat.id().value().startsWith("EXTRA"));

        assertThat(change(event, ids(seats[1]), List.of())).as("a seat it has already is not one more")
                .isEqualTo(new SeatChangeOutcome.Changed(full));
        assertThat(change(event, ids("EXTRA"), ids(seats[0]))).as("one in, one out")
                .isEqualTo(new SeatChangeOutcome.Changed(full));
        List<SeatMap.Seat> after = seatLedger().seats(event).orElseThrow().seats();
        assertThat(after).hasSize(SeatPolicy.MAX_SEATS_PER_EVENT);
        assertThat(after.get(0).id()).as("EXTRA sorts before the S seats").isEqualTo(SeatId.of("EXTRA"));
        assertThat(after).noneMatch(seat -> seat.id().value().equals(seats[0]));
    }

    // ---- holding -------------------------------------------------------------------------------

    @Test
    void aHoldTakesEverySeatAskedForInTheOrderAskedForTheEventsHoldTime() {
        EventId event = event(new SeatPolicy(Duration.ofSeconds(120), 8), "A1", "A2", "A3", "A4", "A5");
        Holder holder = admitted(event);
        ReservationId id = ReservationId.issue(RANDOM);

        long before = storeMillis();
        HoldOutcome outcome = seatLedger().hold(event, holder.id(), id, SeatSelection.of("A4", "A2", "A3"));
        long after = storeMillis();

        assertThat(outcome).isInstanceOf(HoldOutcome.Held.class);
        HoldOutcome.Held held = (HoldOutcome.Held) outcome;
        assertThat(held.remaining()).as("available after the hold").isEqualTo(2);
        Reservation reservation = held.reservation();
        assertThat(reservation.id()).isEqualTo(id);
        assertThat(reservation.eventId()).isEqualTo(event);
        assertThat(reservation.holder()).isEqualTo(holder.id());
        assertThat(reservation.seats()).isEqualTo(ids("A4", "A2", "A3"));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HOLD);
        assertThat(reservation.holdExpiresAt().toEpochMilli()).isBetween(before + 120_000, after + 120_000);

        assertThat(states(event)).containsExactly(entry("A1", AVAILABLE), entry("A2", HELD), entry("A3", HELD),
                entry("A4", HELD), entry("A5", AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(2, 3, 0));
        assertThat(read(event, holder, reservation)).contains(reservation);
        assertThat(seatLedger().expireHolds(event)).as("nothing ran out").isEqualTo(new ExpirySweep(0, false));
    }

    @Test
    void aHoldNeverOutlastsTheAdmissionWindowBehindIt() {
        EventId event = event(QueuePolicy.DEFAULT, open(1000, SHORT), new SeatPolicy(Duration.ofSeconds(3600), 8));
        addSeats(event, "A1");
        Holder holder = admitted(event);

        assertThat(held(event, holder, "A1").holdExpiresAt()).isEqualTo(holder.windowEnd());
    }

    @Test
    void onlyAnOpenWindowThatKeptItsPassMayHoldAndTheWindowIsCheckedFirst() {
        EventId event = event("A1", "A2", "A3");
        EventId otherEvent = event("A1");
        List<Holder> holders = admitted(event, 2);
        Holder holder = holders.get(0);
        Holder leaver = holders.get(1);
        WaitingToken neverKept = join(event);
        admitEveryone(event);
        assertThat(admissionStore().enter(neverKept)).isInstanceOf(EnterOutcome.Admitted.class);
        WaitingToken stillWaiting = join(event);
        assertThat(queueStore().leave(leaver.token())).isTrue();

        assertThat(hold(event, leaver, "A1")).as("left").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(hold(event, leaver, "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9"))
                .as("the window before any rule").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(seatLedger().hold(event, neverKept.entryId(), ReservationId.issue(RANDOM), SeatSelection.of("A1")))
                .as("admitted, but no pass kept").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(seatLedger().hold(event, stillWaiting.entryId(), ReservationId.issue(RANDOM), SeatSelection.of("A1")))
                .as("still waiting").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(seatLedger().hold(event, WaitingToken.issue(event, RANDOM).entryId(), ReservationId.issue(RANDOM),
                SeatSelection.of("A1"))).as("never known").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(hold(otherEvent, holder, "A1")).as("a window of another event").isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(hold(EventId.of("nowhere-" + UUID.randomUUID()), holder, "A1")).as("no such event")
                .isEqualTo(new HoldOutcome.WindowClosed());

        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 0, 0));
        assertThat(counts(otherEvent)).isEqualTo(new SeatCounts(1, 0, 0));
        assertThat(held(event, holder, "A1").seats()).isEqualTo(ids("A1"));
    }

    @Test
    void moreSeatsThanTheEventAllowsInOneHoldAreRefusedBeforeAnythingElse() {
        EventId event = event(new SeatPolicy(Duration.ofSeconds(300), 2), "A1", "A2", "A3");
        Holder holder = admitted(event);

        assertThat(hold(event, holder, "A1", "A2", "A3")).isEqualTo(new HoldOutcome.TooManySeats(2));
        assertThat(hold(event, holder, "X1", "X2", "X3")).as("before unknown seats").isEqualTo(new HoldOutcome.TooManySeats(2));
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 0, 0));

        assertThat(held(event, holder, "A1", "A2").seats()).isEqualTo(ids("A1", "A2"));
    }

    @Test
    void seatsTheEventDoesNotHaveAreRefusedAndNamedInTheOrderAsked() {
        EventId event = event("A1", "A2");
        EventId withoutSeats = event(QueuePolicy.DEFAULT, OPEN, SeatPolicy.DEFAULT);
        Holder holder = admitted(event);
        Holder elsewhere = admitted(withoutSeats);

        assertThat(hold(event, holder, "A1", "X2", "A2", "X1")).isEqualTo(new HoldOutcome.UnknownSeats(ids("X2", "X1")));
        assertThat(counts(event)).isEqualTo(new SeatCounts(2, 0, 0));
        assertThat(hold(withoutSeats, elsewhere, "A1")).isEqualTo(new HoldOutcome.UnknownSeats(ids("A1")));
        assertThat(seatLedger().seats(withoutSeats)).isEmpty();
    }

    @Test
    void anAdmissionHasOneOpenHoldAtATime() {
        EventId event = event("A1", "A2", "A3");
        Holder holder = admitted(event);
        Reservation first = held(event, holder, "A1");

        assertThat(hold(event, holder, "A2")).isEqualTo(new HoldOutcome.HoldExists(first.id()));
        assertThat(hold(event, holder, "X9")).as("unknown seats come first").isEqualTo(new HoldOutcome.UnknownSeats(ids("X9")));
        assertThat(counts(event)).isEqualTo(new SeatCounts(2, 1, 0));

        assertThat(seatLedger().cancel(event, first.id(), holder.id())).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(held(event, holder, "A2").seats()).as("a cancelled hold is not open").isEqualTo(ids("A2"));
    }

    @Test
    void whenNoSeatIsAvailableAtAllTheEventIsSoldOut() {
        EventId event = event("A1", "A2");
        List<Holder> holders = admitted(event, 3);
        confirmed(event, holders.get(0), held(event, holders.get(0), "A1"));
        Reservation open = held(event, holders.get(1), "A2");

        assertThat(hold(event, holders.get(2), "A1")).isEqualTo(new HoldOutcome.SoldOut());
        assertThat(hold(event, holders.get(2), "A2", "A1")).isEqualTo(new HoldOutcome.SoldOut());
        assertThat(hold(event, holders.get(1), "A1")).as("an open hold comes first").isEqualTo(new HoldOutcome.HoldExists(open.id()));
        assertThat(counts(event)).isEqualTo(new SeatCounts(0, 1, 1));
    }

    @Test
    void aHoldWithATakenSeatHoldsNothingAndNamesExactlyTheTakenSeats() {
        EventId event = event("A1", "A2", "A3", "A4", "A5");
        List<Holder> holders = admitted(event, 3);
        held(event, holders.get(0), "A2");
        confirmed(event, holders.get(1), held(event, holders.get(1), "A4"));

        assertThat(hold(event, holders.get(2), "A1", "A4", "A3", "A2"))
                .isEqualTo(new HoldOutcome.SeatsUnavailable(ids("A4", "A2")));

        assertThat(states(event)).containsExactly(entry("A1", AVAILABLE), entry("A2", HELD), entry("A3", AVAILABLE),
                entry("A4", SOLD), entry("A5", AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 1, 1));
        HoldOutcome retry = hold(event, holders.get(2), "A1", "A3");
        assertThat(retry).as("the refused hold left no hold open").isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) retry).remaining()).isEqualTo(1);
    }

    // ---- reading, confirming, cancelling ---------------------------------------------------------

    @Test
    void aReservationIsFoundOnlyByItsHolderAndOnlyInItsEvent() {
        EventId event = event("A1", "A2");
        EventId otherEvent = event("A1");
        List<Holder> holders = admitted(event, 2);
        Holder owner = holders.get(0);
        Holder stranger = holders.get(1);
        Reservation reservation = held(event, owner, "A1");
        ReservationId unknown = ReservationId.issue(RANDOM);

        assertThat(read(event, stranger, reservation)).isEmpty();
        assertThat(seatLedger().confirm(event, reservation.id(), stranger.id())).isEqualTo(new ConfirmOutcome.NotFound());
        assertThat(seatLedger().cancel(event, reservation.id(), stranger.id())).isEqualTo(new CancelOutcome.NotFound());
        assertThat(seatLedger().reservation(event, unknown, owner.id())).isEmpty();
        assertThat(seatLedger().confirm(event, unknown, owner.id())).isEqualTo(new ConfirmOutcome.NotFound());
        assertThat(seatLedger().cancel(event, unknown, owner.id())).isEqualTo(new CancelOutcome.NotFound());
        assertThat(seatLedger().reservation(otherEvent, reservation.id(), owner.id())).isEmpty();

        assertThat(read(event, owner, reservation)).contains(reservation);
        assertThat(states(event)).containsExactly(entry("A1", HELD), entry("A2", AVAILABLE));
    }

    @Test
    void confirmingSellsTheSeatsAndConfirmingAgainAnswersTheSame() {
        EventId event = event("A1", "A2", "A3");
        Holder holder = admitted(event);
        Reservation reservation = held(event, holder, "A2", "A1");

        Reservation sold = confirmed(event, holder, reservation);

        assertThat(sold).isEqualTo(reservation.movedTo(ReservationStatus.CONFIRMED));
        assertThat(states(event)).containsExactly(entry("A1", SOLD), entry("A2", SOLD), entry("A3", AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(1, 0, 2));
        assertThat(seatLedger().confirm(event, reservation.id(), holder.id())).isEqualTo(new ConfirmOutcome.Confirmed(sold));
        assertThat(read(event, holder, reservation)).contains(sold);
        assertThat(seatLedger().cancel(event, reservation.id(), holder.id())).isEqualTo(new CancelOutcome.AlreadyConfirmed());
        assertThat(counts(event)).isEqualTo(new SeatCounts(1, 0, 2));
    }

    @Test
    void confirmingClosesTheWindowAtOnceAndTheNextPersonIsLetIn() {
        EventId event = event(new QueuePolicy(1), open(1, Duration.ofSeconds(600)), SeatPolicy.DEFAULT);
        addSeats(event, "A1", "A2");
        UserId alice = UserId.of("alice");
        WaitingToken first = join(event, Optional.of(alice), "alice-1");
        WaitingToken next = join(event);
        assertThat(admissionStore().step(event).orElseThrow().admitted()).isEqualTo(1);
        Holder holder = keepPass(first);
        Reservation reservation = held(event, holder, "A1");
        assertThat(admissionStore().step(event).orElseThrow().admitted()).as("max_active 1").isZero();

        confirmed(event, holder, reservation);

        assertThat(queueStore().status(first)).as("as a window that ended").isEqualTo(new EntryStatus.Expired());
        assertThat(admissionStore().enter(first)).isEqualTo(new EnterOutcome.Expired());
        assertThat(admissionStore().keepPass(first, "another")).isEmpty();
        assertThat(admissionStore().admissionStats(event).orElseThrow().active()).isZero();
        assertThat(queueStore().stats(event).orElseThrow().leftTotal()).as("not a leave").isZero();
        assertThat(hold(event, holder, "A2")).isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(admissionStore().step(event).orElseThrow().admitted()).as("the freed place").isEqualTo(1);
        assertThat(queueStore().status(next)).isInstanceOf(EntryStatus.Admitted.class);
        assertThat(queueStore().join(WaitingToken.issue(event, RANDOM), Optional.of(alice), IdempotencyKey.of("alice-2")))
                .as("the user's place under the per-user limit is free").isInstanceOf(JoinOutcome.Joined.class);
        assertThat(states(event)).containsExactly(entry("A1", SOLD), entry("A2", AVAILABLE));
    }

    @Test
    void aHolderWhoLeftCannotConfirmButMayStillCancel() {
        EventId event = event("A1", "A2");
        Holder holder = admitted(event);
        Reservation reservation = held(event, holder, "A1");
        assertThat(queueStore().leave(holder.token())).isTrue();

        assertThat(seatLedger().confirm(event, reservation.id(), holder.id())).isEqualTo(new ConfirmOutcome.WindowClosed());
        assertThat(read(event, holder, reservation)).contains(reservation);
        assertThat(states(event)).containsExactly(entry("A1", HELD), entry("A2", AVAILABLE));

        assertThat(seatLedger().cancel(event, reservation.id(), holder.id()))
                .isEqualTo(new CancelOutcome.Cancelled(reservation.movedTo(ReservationStatus.CANCELLED)));
        assertThat(counts(event)).isEqualTo(new SeatCounts(2, 0, 0));
    }

    @Test
    void cancellingGivesTheSeatsBackAtOnceAndTheWindowStaysOpenForAnotherHold() {
        EventId event = event("A1", "A2", "A3");
        Holder holder = admitted(event);
        Reservation reservation = held(event, holder, "A1", "A2");
        Reservation cancelled = reservation.movedTo(ReservationStatus.CANCELLED);

        assertThat(seatLedger().cancel(event, reservation.id(), holder.id())).isEqualTo(new CancelOutcome.Cancelled(cancelled));
        assertThat(seatLedger().cancel(event, reservation.id(), holder.id())).isEqualTo(new CancelOutcome.Cancelled(cancelled));

        assertThat(states(event)).containsExactly(entry("A1", AVAILABLE), entry("A2", AVAILABLE), entry("A3", AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 0, 0));
        assertThat(read(event, holder, reservation)).contains(cancelled);
        assertThat(seatLedger().confirm(event, reservation.id(), holder.id())).isEqualTo(new ConfirmOutcome.AlreadyCancelled());
        assertThat(queueStore().status(holder.token())).isInstanceOf(EntryStatus.Admitted.class);

        HoldOutcome again = hold(event, holder, "A2", "A3");
        assertThat(again).isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) again).remaining()).isEqualTo(1);
        assertThat(counts(event)).isEqualTo(new SeatCounts(1, 2, 0));
    }

    // ---- time: holds that run out, windows that end (these tests wait on a real store) -----------

    @Test
    void aHoldThatRunsOutIsExpiredExactlyOnceByWhoeverComesFirstAndItsSeatsComeBack() {
        String[] s = numbered("S", 12);
        EventId event = event(new SeatPolicy(SHORT, 8), s);
        List<Holder> h = admitted(event, 9);
        Reservation readLater = held(event, h.get(0), s[0], s[1]);
        Reservation confirmedLate = held(event, h.get(1), s[2]);
        Reservation cancelledLate = held(event, h.get(2), s[3]);
        Reservation wantedByAnother = held(event, h.get(3), s[4]);
        Reservation replacedByItsHolder = held(event, h.get(5), s[5]);
        Reservation swept1 = held(event, h.get(6), s[6]);
        Reservation swept2 = held(event, h.get(7), s[7]);
        Reservation onARemovedSeat = held(event, h.get(8), s[8]);
        Holder another = h.get(4);
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 9, 0));
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(0, false));

        List<Reservation> ranOut = List.of(readLater, confirmedLate, cancelledLate, wantedByAnother, replacedByItsHolder,
                swept1, swept2, onARemovedSeat);
        waitUntilPast(ranOut.stream().map(Reservation::holdExpiresAt).max(Comparator.naturalOrder()).orElseThrow());

        assertThat(read(event, h.get(0), readLater)).as("read").contains(readLater.movedTo(ReservationStatus.EXPIRED));
        assertThat(states(event)).contains(entry(s[0], AVAILABLE), entry(s[1], AVAILABLE));
        assertThat(counts(event)).isEqualTo(new SeatCounts(5, 7, 0));

        assertThat(seatLedger().confirm(event, confirmedLate.id(), h.get(1).id()))
                .as("a confirm after the end, before any sweep").isEqualTo(new ConfirmOutcome.Expired());
        assertThat(seatLedger().cancel(event, cancelledLate.id(), h.get(2).id())).isEqualTo(new CancelOutcome.Expired());
        assertThat(counts(event)).isEqualTo(new SeatCounts(7, 5, 0));

        HoldOutcome taken = hold(event, another, s[4]);
        assertThat(taken).as("a requested seat whose hold ran out").isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) taken).remaining()).isEqualTo(7);
        HoldOutcome replaced = hold(event, h.get(5), s[9]);
        assertThat(replaced).as("the holder's own hold ran out: no longer open").isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) replaced).remaining()).isEqualTo(7);

        assertThat(change(event, List.of(), ids(s[8])))
                .as("a seat whose hold ran out is free to remove")
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(7, 4, 0)));

        assertThat(seatLedger().expireHolds(event)).as("only the two nobody touched").isEqualTo(new ExpirySweep(2, false));
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(0, false));
        assertThat(counts(event)).isEqualTo(new SeatCounts(9, 2, 0));

        for (Reservation ended : ranOut) {
            assertThat(seatLedger().reservation(event, ended.id(), ended.holder()).orElseThrow())
                    .isEqualTo(ended.movedTo(ReservationStatus.EXPIRED));
        }
        assertThat(seatLedger().confirm(event, readLater.id(), h.get(0).id())).isEqualTo(new ConfirmOutcome.Expired());
        assertThat(seatLedger().cancel(event, swept1.id(), h.get(6).id())).isEqualTo(new CancelOutcome.Expired());

        HoldOutcome again = hold(event, h.get(6), s[6]);
        assertThat(again).as("a swept holder may hold again").isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) again).remaining()).isEqualTo(8);
        confirmed(event, another, ((HoldOutcome.Held) taken).reservation());
        assertThat(counts(event)).isEqualTo(new SeatCounts(8, 2, 1));
        assertThat(states(event)).containsExactly(entry(s[0], AVAILABLE), entry(s[1], AVAILABLE), entry(s[2], AVAILABLE),
                entry(s[3], AVAILABLE), entry(s[4], SOLD), entry(s[5], AVAILABLE), entry(s[6], HELD), entry(s[7], AVAILABLE),
                entry(s[9], HELD), entry(s[10], AVAILABLE), entry(s[11], AVAILABLE));
    }

    @Test
    void aWindowThatEndsCanNoLongerHoldAndTheHoldsInItEndWithIt() {
        EventId event = event(QueuePolicy.DEFAULT, open(1000, SHORT), SeatPolicy.DEFAULT);
        addSeats(event, "A1", "A2", "A3");
        List<Holder> h = admitted(event, 3);
        Reservation confirmedLate = held(event, h.get(0), "A1");
        Reservation leftAlone = held(event, h.get(2), "A2");
        assertThat(confirmedLate.holdExpiresAt()).isEqualTo(h.get(0).windowEnd());

        waitUntilPast(h.stream().map(Holder::windowEnd).max(Comparator.naturalOrder()).orElseThrow());

        assertThat(hold(event, h.get(1), "A3")).isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(seatLedger().confirm(event, confirmedLate.id(), h.get(0).id()))
                .as("the hold ended with its window").isEqualTo(new ConfirmOutcome.Expired());
        assertThat(statusOf(event, h.get(0), confirmedLate)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(hold(event, h.get(2), "A3")).as("the window is checked before anything is released")
                .isEqualTo(new HoldOutcome.WindowClosed());
        assertThat(counts(event)).isEqualTo(new SeatCounts(2, 1, 0));
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(1, false));
        assertThat(statusOf(event, h.get(2), leftAlone)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(counts(event)).isEqualTo(new SeatCounts(3, 0, 0));
    }

    @Test
    void manySweepersAndReadersAtOnceExpireEachHoldThatRanOutExactlyOnce() throws Exception {
        SeatPolicy shortHolds = new SeatPolicy(SHORT, 8);
        int sweptCount = 2 * expiryBatch() + 100;
        String[] sweptSeats = numbered("E", sweptCount + 5);
        EventId swept = event(shortHolds, sweptSeats);
        int touchedCount = 200;
        String[] touchedSeats = numbered("R", touchedCount + 5);
        EventId touchedEvent = event(shortHolds, touchedSeats);
        SeatCounts sweptBefore = counts(swept);
        SeatCounts touchedBefore = counts(touchedEvent);
        List<Holder> sweptHolders = admitted(swept, sweptCount);
        List<Holder> touchedHolders = admitted(touchedEvent, touchedCount);
        List<Reservation> sweptHolds = new ArrayList<>();
        for (int i = 0; i < sweptCount; i++) {
            sweptHolds.add(held(swept, sweptHolders.get(i), sweptSeats[i]));
        }
        List<Reservation> touchedHolds = new ArrayList<>();
        for (int i = 0; i < touchedCount; i++) {
            touchedHolds.add(held(touchedEvent, touchedHolders.get(i), touchedSeats[i]));
        }
        assertThat(counts(swept)).isEqualTo(new SeatCounts(5, sweptCount, 0));

        List<Reservation> all = new ArrayList<>(sweptHolds);
        all.addAll(touchedHolds);
        waitUntilPast(all.stream().map(Reservation::holdExpiresAt).max(Comparator.naturalOrder()).orElseThrow());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // eight sweepers over holds enough for several batches: the sweeps add up to the holds, once each
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ExpirySweep>>> sweepers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sweepers.add(pool.submit(sweeper(swept, start, sweptCount)));
            }
            start.countDown();
            List<ExpirySweep> sweeps = new ArrayList<>();
            for (Future<List<ExpirySweep>> sweeper : sweepers) {
                sweeps.addAll(sweeper.get(2, TimeUnit.MINUTES));
            }
            assertThat(sweeps.stream().mapToInt(ExpirySweep::expired).sum()).isEqualTo(sweptCount);
            assertThat(sweeps).allMatch(sweep -> sweep.expired() <= expiryBatch());
            assertThat(sweeps).as("the first sweep saw more than a batch").anyMatch(ExpirySweep::more);
            assertThat(sweeps).as("a sweep that leaves more did a whole batch")
                    .allMatch(sweep -> !sweep.more() || sweep.expired() == expiryBatch());
            assertThat(seatLedger().expireHolds(swept)).isEqualTo(new ExpirySweep(0, false));
            assertThat(counts(swept)).as("available is back exactly where it was").isEqualTo(sweptBefore);
            for (int i = 0; i < sweptCount; i++) {
                assertThat(statusOf(swept, sweptHolders.get(i), sweptHolds.get(i))).isEqualTo(ReservationStatus.EXPIRED);
            }

            // four sweepers race four threads that read, confirm and cancel the same holds
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<ExpirySweep>>> racingSweepers = new ArrayList<>();
            List<Future<List<String>>> toucherAnswers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                racingSweepers.add(pool.submit(sweeper(touchedEvent, go, touchedCount)));
                toucherAnswers.add(pool.submit(toucher(touchedEvent, touchedHolders, touchedHolds, go, i)));
            }
            go.countDown();
            int sweptByRace = 0;
            for (Future<List<ExpirySweep>> sweeper : racingSweepers) {
                sweptByRace += sweeper.get(2, TimeUnit.MINUTES).stream().mapToInt(ExpirySweep::expired).sum();
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> toucher : toucherAnswers) {
                wrong.addAll(toucher.get(2, TimeUnit.MINUTES));
            }
            assertThat(wrong).as("answers that were not 'expired'").isEmpty();
            assertThat(sweptByRace).isBetween(0, touchedCount);
            assertThat(seatLedger().expireHolds(touchedEvent)).isEqualTo(new ExpirySweep(0, false));
            assertThat(counts(touchedEvent)).as("available is back exactly where it was").isEqualTo(touchedBefore);
            for (int i = 0; i < touchedCount; i++) {
                assertThat(statusOf(touchedEvent, touchedHolders.get(i), touchedHolds.get(i))).isEqualTo(ReservationStatus.EXPIRED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sweeps until told nothing is left; a store that keeps saying "more" is stopped after {@code atMost} calls. */
    private Callable<List<ExpirySweep>> sweeper(EventId event, CountDownLatch start, int atMost) {
        return () -> {
            start.await();
            List<ExpirySweep> sweeps = new ArrayList<>();
            ExpirySweep sweep;
            do {
                sweep = seatLedger().expireHolds(event);
                sweeps.add(sweep);
            } while (sweep.more() && sweeps.size() < atMost);
            return sweeps;
        };
    }

    /** Reads, confirms or cancels every hold once, in its own order; returns every answer that was not "expired". */
    private Callable<List<String>> toucher(EventId event, List<Holder> holders, List<Reservation> holds,
                                           CountDownLatch start, int seed) {
        return () -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < holds.size(); i++) {
                order.add(i);
            }
            Random random = new Random(seed);
            Collections.shuffle(order, random);
            List<String> wrong = new ArrayList<>();
            start.await();
            for (int i : order) {
                String holder = holders.get(i).id();
                ReservationId id = holds.get(i).id();
                Object answer = switch (random.nextInt(3)) {
                    case 0 -> seatLedger().reservation(event, id, holder).map(Reservation::status).orElse(null);
                    case 1 -> seatLedger().confirm(event, id, holder);
                    default -> seatLedger().cancel(event, id, holder);
                };
                boolean expired = answer == ReservationStatus.EXPIRED || answer instanceof ConfirmOutcome.Expired
                        || answer instanceof CancelOutcome.Expired;
                if (!expired) {
                    wrong.add(i + ": " + answer);
                }
            }
            return wrong;
        };
    }

    // ---- racing the admission window -------------------------------------------------------------

    @Test
    void aConfirmRacingALeaveClosesTheWindowExactlyOnce() throws Exception {
        int pairs = 4;
        int holdersPerPair = 100;
        String[] seats = numbered("L", pairs * holdersPerPair);
        EventId event = event(seats);
        List<Holder> holders = admitted(event, pairs * holdersPerPair);
        List<Reservation> holds = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            holds.add(held(event, holders.get(i), seats[i]));
        }

        ConfirmOutcome[] confirms = new ConfirmOutcome[holders.size()];
        boolean[] left = new boolean[holders.size()];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * pairs);
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                int from = p * holdersPerPair;
                int to = from + holdersPerPair;
                // one thread confirms while another leaves, the same people from opposite ends: they meet in
                // the middle, so in each pair some windows are left first and some are used first
                racers.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = from; i < to; i++) {
                        confirms[i] = seatLedger().confirm(event, holds.get(i).id(), holders.get(i).id());
                    }
                    return null;
                }));
                racers.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = to - 1; i >= from; i--) {
                        left[i] = queueStore().leave(holders.get(i).token());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        long sold = 0;
        long leaves = 0;
        Map<String, SeatState> states = states(event);
        for (int i = 0; i < holders.size(); i++) {
            if (confirms[i] instanceof ConfirmOutcome.Confirmed) {
                assertThat(left[i]).as("a window a purchase closed cannot be left").isFalse();
                assertThat(states.get(seats[i])).isEqualTo(SOLD);
                sold++;
            } else {
                assertThat(confirms[i]).as("holder %d", i).isEqualTo(new ConfirmOutcome.WindowClosed());
                assertThat(left[i]).as("holder %d left first", i).isTrue();
                assertThat(states.get(seats[i])).as("a refused confirm changes nothing").isEqualTo(HELD);
                leaves++;
            }
        }
        assertThat(counts(event)).isEqualTo(new SeatCounts(0, leaves, sold));
        assertThat(queueStore().stats(event).orElseThrow().leftTotal()).isEqualTo(leaves);
        assertThat(admissionStore().admissionStats(event).orElseThrow().active()).as("every window closed once").isZero();
    }

    // ---- a crowd -------------------------------------------------------------------------------

    private record Refusal(List<SeatId> asked, List<SeatId> named) {
    }

    /** {@code count} different seats, cheaply: the less a crowd thread does between calls, the more calls overlap. */
    private static List<SeatId> randomSeats(String[] seats, int count, Random random) {
        Set<SeatId> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(SeatId.of(seats[random.nextInt(seats.length)]));
        }
        return List.copyOf(picked);
    }

    @Test
    void aCrowdHoldingAtOnceNeverGetsOneSeatTwiceAndEveryRefusalNamesASeatReallyTaken() throws Exception {
        int threads = 16;
        int holdersPerThread = 50;
        int rounds = 30;
        String[] seats = numbered("C", 50);
        EventId event = event(seats);
        List<Holder> holders = admitted(event, threads * holdersPerThread);

        ConcurrentLinkedQueue<Reservation> kept = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Reservation> cancelled = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Refusal> refusals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Object> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> crowd = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Holder> mine = holders.subList(t * holdersPerThread, (t + 1) * holdersPerThread);
                Random random = new Random(t);
                crowd.add(pool.submit((Callable<Void>) () -> {
                    Map<Holder, Reservation> open = new LinkedHashMap<>();
                    start.await();
                    // each round, everyone without a hold tries for 1-4 random seats, and about half of those
                    // holding give their seats back, so that seats keep changing hands while the crowd pushes
                    for (int round = 0; round < rounds; round++) {
                        for (Holder holder : mine) {
                            Reservation holding = open.get(holder);
                            if (holding != null) {
                                if (random.nextBoolean()) {
                                    CancelOutcome cancel = seatLedger().cancel(event, holding.id(), holder.id());
                                    if (cancel instanceof CancelOutcome.Cancelled) {
                                        cancelled.add(holding);
                                        open.remove(holder);
                                    } else {
                                        unexpected.add(cancel);
                                    }
                                }
                                continue;
                            }
                            List<SeatId> asked = randomSeats(seats, 1 + random.nextInt(4), random);
                            HoldOutcome outcome = seatLedger().hold(event, holder.id(), ReservationId.issue(RANDOM),
                                    new SeatSelection(asked));
                            switch (outcome) {
                                case HoldOutcome.Held held -> open.put(holder, held.reservation());
                                case HoldOutcome.SeatsUnavailable refused -> refusals.add(new Refusal(asked, refused.seats()));
                                case HoldOutcome.SoldOut ignored -> { }
                                default -> unexpected.add(outcome);
                            }
                        }
                    }
                    kept.addAll(open.values());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> person : crowd) {
                person.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(kept).isNotEmpty();
        assertThat(cancelled).isNotEmpty();
        assertThat(refusals).as("the crowd did collide").isNotEmpty();
        List<SeatId> keptSeats = kept.stream().flatMap(reservation -> reservation.seats().stream()).toList();
        assertThat(keptSeats).as("no seat in two holds").doesNotHaveDuplicates();
        Set<String> heldNow = new HashSet<>();
        states(event).forEach((seat, state) -> {
            if (state == HELD) {
                heldNow.add(seat);
            }
        });
        assertThat(heldNow).as("the held seats are exactly those of the holds kept")
                .isEqualTo(new HashSet<>(keptSeats.stream().map(SeatId::value).toList()));
        assertThat(counts(event)).isEqualTo(new SeatCounts(seats.length - keptSeats.size(), keptSeats.size(), 0));

        Set<SeatId> everHeld = new HashSet<>(keptSeats);
        cancelled.forEach(reservation -> everHeld.addAll(reservation.seats()));
        for (Refusal refusal : refusals) {
            assertThat(refusal.named()).isNotEmpty();
            assertThat(refusal.named()).as("named in the order asked")
                    .isEqualTo(refusal.asked().stream().filter(refusal.named()::contains).toList());
            assertThat(everHeld).as("a refusal names only seats some hold took").containsAll(refusal.named());
        }
        for (Reservation reservation : kept) {
            assertThat(seatLedger().reservation(event, reservation.id(), reservation.holder()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.HOLD);
        }
        for (Reservation reservation : cancelled) {
            assertThat(seatLedger().reservation(event, reservation.id(), reservation.holder()).orElseThrow().status())
                    .isEqualTo(ReservationStatus.CANCELLED);
        }
        assertInventoryAgrees(event);
    }
}
