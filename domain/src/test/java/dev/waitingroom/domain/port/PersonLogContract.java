package dev.waitingroom.domain.port;

import static dev.waitingroom.domain.log.LogEntryType.ADMITTED;
import static dev.waitingroom.domain.log.LogEntryType.CANCELLED;
import static dev.waitingroom.domain.log.LogEntryType.CONFIRMED;
import static dev.waitingroom.domain.log.LogEntryType.DROPPED;
import static dev.waitingroom.domain.log.LogEntryType.ENTERED;
import static dev.waitingroom.domain.log.LogEntryType.EXPIRED;
import static dev.waitingroom.domain.log.LogEntryType.HELD;
import static dev.waitingroom.domain.log.LogEntryType.JOINED;
import static dev.waitingroom.domain.log.LogEntryType.LEFT;
import static dev.waitingroom.domain.log.LogEntryType.WINDOW_CLOSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
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
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link PersonLog} must show: the store appends each change of an entry whose log is on
 * to its person's log, in the same atomic step as the change. The changes are driven through the
 * {@link QueueStore}, {@link AdmissionStore}, {@link SeatLedger} and {@link EventCatalogue} of the same store.
 *
 * <p>Time passes by the store's own clock, as in {@link SeatLedgerContract}: the shortest window and hold
 * are ten seconds, so the changes that only time makes (a window ending, a hold running out, silence) are
 * gathered into two tests that wait. A log's time to live is an hour or more; each store shows it its own
 * way ({@link #assertLogForgottenAt}).
 */
public abstract class PersonLogContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The shortest hold, admission window and silence an operator may set. */
    protected static final Duration SHORT = Duration.ofSeconds(SeatPolicy.MIN_HOLD_SECONDS);
    /** Open at once, as fast as allowed, with room for everyone: admission is not what most tests are about. */
    protected static final AdmissionPolicy OPEN =
            new AdmissionPolicy(AdmissionPolicy.MAX_RATE, AdmissionPolicy.MAX_OF_MAX_ACTIVE, Duration.ofSeconds(600),
                    Duration.ofHours(1), false);

    protected abstract QueueStore queueStore();

    protected abstract AdmissionStore admissionStore();

    protected abstract EventCatalogue eventCatalogue();

    protected abstract SeatLedger seatLedger();

    protected abstract PersonLog personLog();

    /** Returns once at least {@code time} has passed on the store's clock. */
    protected abstract void letStoreTimePass(Duration time);

    /** The store's clock now, in unix milliseconds. */
    protected abstract long storeMillis();

    /**
     * Shows, the store's own way, that the user's log in the event is kept until {@code end} by the store's
     * clock and forgotten from then on (it reads as an empty page). A store whose clock the test can move
     * moves it to just before {@code end} and reads, then to {@code end} and reads; a store on a real server,
     * whose time cannot be hurried by an hour, checks the time to live it gave the log.
     */
    protected abstract void assertLogForgottenAt(EventId event, UserId user, Instant end);

    // ---- helpers -------------------------------------------------------------------------------

    /** A log entry without what differs from run to run (its id and time), to compare with what is expected. */
    protected record Change(LogEntryType type, String ticketId, Map<String, String> details) {
    }

    /** An admitted entry that kept its entry pass: what holds seats. */
    protected record Holder(WaitingToken token, Instant windowEnd) {

        public String id() {
            return token.entryId();
        }
    }

    /** The change expected for the entry of {@code token}, with its details as name, value, name, value ... */
    protected static Change change(LogEntryType type, WaitingToken token, String... details) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < details.length; i += 2) {
            named.put(details[i], details[i + 1]);
        }
        return new Change(type, token.ticketId(), Map.copyOf(named));
    }

    protected static List<Change> changes(List<LogEntry> entries) {
        return entries.stream().map(entry -> new Change(entry.type(), entry.ticketId(), entry.details())).toList();
    }

    protected static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    protected static String seatIds(Reservation reservation) {
        return String.join(",", reservation.seats().stream().map(SeatId::value).toList());
    }

    protected static UserId newUser() {
        return UserId.of("person-" + UUID.randomUUID());
    }

    protected EventId event(QueuePolicy queue, AdmissionPolicy admission, SeatPolicy seats, LogPolicy log,
                            String... seatIds) {
        EventId event = EventId.of("log-" + UUID.randomUUID());
        eventCatalogue().save(new EventSettings(event, queue, admission, seats, log));
        if (seatIds.length > 0) {
            SeatChange added = new SeatChange(Arrays.stream(seatIds).map(SeatId::of).toList(), List.of());
            assertThat(seatLedger().changeSeats(event, added)).isInstanceOf(SeatChangeOutcome.Changed.class);
        }
        return event;
    }

    protected EventId event(LogPolicy log, String... seatIds) {
        return event(QueuePolicy.DEFAULT, OPEN, SeatPolicy.DEFAULT, log, seatIds);
    }

    protected EventId event(String... seatIds) {
        return event(LogPolicy.DEFAULT, seatIds);
    }

    protected JoinOutcome attempt(WaitingToken token, Optional<UserId> user, String key, boolean keepLog) {
        return queueStore().join(token, user, IdempotencyKey.of(key), keepLog);
    }

    protected WaitingToken join(EventId event, Optional<UserId> user, boolean keepLog) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        assertThat(attempt(token, user, UUID.randomUUID().toString(), keepLog)).isInstanceOf(JoinOutcome.Joined.class);
        return token;
    }

    /** Joins with the log on. */
    protected WaitingToken join(EventId event, UserId user) {
        return join(event, Optional.of(user), true);
    }

    /** Steps until nobody waits; with {@link #OPEN} everyone who joined is then admitted. */
    protected void admitEveryone(EventId event) {
        Admitting.admitEveryone(admissionStore(), event);
    }

    /** The end of an admitted entry's open window (entering is no change). */
    protected Instant windowEnd(WaitingToken token) {
        return Admitting.windowEnd(admissionStore(), token);
    }

    /** Keeps a pass for an admitted entry's window, which makes the entry a holder. */
    protected Holder keepPass(WaitingToken token) {
        return new Holder(token, Admitting.keepPass(admissionStore(), token));
    }

    protected Reservation held(EventId event, Holder holder, String... seats) {
        HoldOutcome outcome = seatLedger().hold(event, holder.id(), ReservationId.issue(RANDOM), SeatSelection.of(seats));
        assertThat(outcome).isInstanceOf(HoldOutcome.Held.class);
        return ((HoldOutcome.Held) outcome).reservation();
    }

    protected static Change heldChange(WaitingToken token, Reservation hold) {
        return change(HELD, token, "reservation_id", hold.id().value(), "seat_ids", seatIds(hold),
                "hold_ends", millis(hold.holdExpiresAt()));
    }

    /** A hold ended by a confirm, a cancel or running out: each names the same things. */
    protected static Change endOfHold(LogEntryType type, WaitingToken token, Reservation hold) {
        return change(type, token, "reservation_id", hold.id().value(), "seat_ids", seatIds(hold));
    }

    protected static Change windowClosed(WaitingToken token, String reason) {
        return change(WINDOW_CLOSED, token, "reason", reason);
    }

    /** Every entry of the page that {@code read} gives after each cursor, following {@code next} to the end. */
    protected static List<LogEntry> everyPage(Function<Optional<LogCursor>, LogPage> read) {
        List<LogEntry> entries = new ArrayList<>();
        Optional<LogCursor> after = Optional.empty();
        for (int pages = 0; pages < 1000; pages++) {
            LogPage page = read.apply(after);
            entries.addAll(page.entries());
            if (page.next().isEmpty()) {
                assertIdsIncrease(entries);
                return entries;
            }
            assertThat(page.entries()).as("a page that says more follows").isNotEmpty();
            assertThat(page.next()).as("next is the last entry returned").contains(page.entries().getLast().id());
            after = page.next();
        }
        throw new AssertionError("the log never ended");
    }

    /** The user's whole log in the event, oldest first. */
    protected List<LogEntry> logOf(EventId event, UserId user) {
        return everyPage(after -> personLog().ofUser(event, user, after, new LogLimit(LogLimit.MAX)));
    }

    /** The whole log of the token's person, or empty when the store does not know the token. */
    protected Optional<List<LogEntry>> historyOf(WaitingToken token) {
        Optional<LogPage> first = personLog().ofToken(token, Optional.empty(), new LogLimit(LogLimit.MAX));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(everyPage(after -> personLog().ofToken(token, after, new LogLimit(LogLimit.MAX)).orElseThrow()));
    }

    protected static void assertIdsIncrease(List<LogEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).id()).as("id %d after id %d", i, i - 1).isGreaterThan(entries.get(i - 1).id());
        }
    }

    // ---- each change, with what it concerns --------------------------------------------------------

    @Test
    void onePersonsChangesFromJoinToPurchaseAreLoggedInOrderWithWhatEachConcerns() {
        EventId event = event("A1", "A2", "A3");
        UserId user = newUser();
        WaitingToken someoneElse = join(event, Optional.empty(), false);
        long before = storeMillis();

        WaitingToken first = join(event, user);
        WaitingToken second = join(event, user);
        WaitingToken third = join(event, user);
        admitEveryone(event);
        Holder holder = keepPass(first);
        Reservation hold = held(event, holder, "A2", "A1");
        assertThat(seatLedger().confirm(event, hold.id(), holder.id())).isInstanceOf(ConfirmOutcome.Confirmed.class);
        long after = storeMillis();

        List<LogEntry> log = logOf(event, user);
        assertThat(changes(log)).containsExactly(
                change(JOINED, first, "position", "2"),
                change(JOINED, second, "position", "3"),
                change(JOINED, third, "position", "4"),
                change(ADMITTED, first, "window_ends", millis(holder.windowEnd())),
                change(ADMITTED, second, "window_ends", millis(windowEnd(second))),
                change(ADMITTED, third, "window_ends", millis(windowEnd(third))),
                change(ENTERED, first),
                heldChange(first, hold),
                endOfHold(CONFIRMED, first, hold),
                windowClosed(first, "purchased"));
        assertThat(seatIds(hold)).as("the seats in the order held").isEqualTo("A2,A1");
        assertThat(log).allSatisfy(entry -> assertThat(entry.at().toEpochMilli()).isBetween(before, after));
        assertThat(log).extracting(LogEntry::at).isSorted();
        assertThat(historyOf(someoneElse)).as("known, but its log is off").contains(List.of());
    }

    @Test
    void enteringAgainAndReadingAreNoChange() {
        EventId event = event("A1");
        UserId user = newUser();
        WaitingToken token = join(event, user);
        queueStore().status(token);
        admitEveryone(event);
        queueStore().status(token);
        windowEnd(token);
        Holder holder = keepPass(token);
        assertThat(admissionStore().keepPass(token, "another pass")).as("the first pass stays").isPresent()
                .get().isNotEqualTo("another pass");
        windowEnd(token);
        Reservation hold = held(event, holder, "A1");
        seatLedger().reservation(event, hold.id(), holder.id());
        seatLedger().expireHolds(event);

        assertThat(changes(logOf(event, user))).containsExactly(
                change(JOINED, token, "position", "1"),
                change(ADMITTED, token, "window_ends", millis(holder.windowEnd())),
                change(ENTERED, token),
                heldChange(token, hold));
    }

    @Test
    void aCancelIsLoggedOnceAndTheWindowStaysOpenForAnotherHold() {
        EventId event = event("A1", "A2", "A3");
        UserId user = newUser();
        WaitingToken token = join(event, user);
        admitEveryone(event);
        Holder holder = keepPass(token);
        Reservation first = held(event, holder, "A3", "A1");

        assertThat(seatLedger().cancel(event, first.id(), holder.id())).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(seatLedger().cancel(event, first.id(), holder.id())).as("cancelling again is no change")
                .isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(seatLedger().confirm(event, first.id(), holder.id())).isEqualTo(new ConfirmOutcome.AlreadyCancelled());
        Reservation second = held(event, holder, "A2");
        assertThat(seatLedger().confirm(event, second.id(), holder.id())).isInstanceOf(ConfirmOutcome.Confirmed.class);
        assertThat(seatLedger().confirm(event, second.id(), holder.id())).as("confirming again is no change")
                .isInstanceOf(ConfirmOutcome.Confirmed.class);
        assertThat(seatLedger().cancel(event, second.id(), holder.id())).isEqualTo(new CancelOutcome.AlreadyConfirmed());

        assertThat(changes(logOf(event, user))).containsExactly(
                change(JOINED, token, "position", "1"),
                change(ADMITTED, token, "window_ends", millis(holder.windowEnd())),
                change(ENTERED, token),
                heldChange(token, first),
                endOfHold(CANCELLED, token, first),
                heldChange(token, second),
                endOfHold(CONFIRMED, token, second),
                windowClosed(token, "purchased"));
    }

    @Test
    void aLeaveSaysWhatTheEntryWasAndALeaveOfAnAdmittedEntryIsItsOnlyChange() {
        EventId event = event();
        UserId user = newUser();
        WaitingToken admitted = join(event, user);
        admitEveryone(event);
        Instant windowEnd = windowEnd(admitted);
        WaitingToken waiting = join(event, user);

        assertThat(queueStore().leave(waiting)).isTrue();
        assertThat(queueStore().leave(admitted)).isTrue();
        assertThat(queueStore().leave(admitted)).as("gone already: no change").isFalse();

        assertThat(changes(logOf(event, user))).containsExactly(
                change(JOINED, admitted, "position", "1"),
                change(ADMITTED, admitted, "window_ends", millis(windowEnd)),
                change(JOINED, waiting, "position", "1"),
                change(LEFT, waiting, "was", "waiting"),
                change(LEFT, admitted, "was", "admitted"));
    }

    // ---- whose changes are logged ----------------------------------------------------------------

    @Test
    void anEntryWhoseLogIsOffLeavesNothingInItsPersonsLogEvenBesideOneWhoseLogIsOn() {
        EventId event = event("A1", "A2");
        UserId user = newUser();
        WaitingToken unlogged = join(event, Optional.of(user), false);
        WaitingToken logged = join(event, user);
        WaitingToken anonymous = join(event, Optional.empty(), false);
        admitEveryone(event);
        Holder holder = keepPass(unlogged);
        Reservation cancelled = held(event, holder, "A1");
        assertThat(seatLedger().cancel(event, cancelled.id(), holder.id())).isInstanceOf(CancelOutcome.Cancelled.class);
        Reservation bought = held(event, holder, "A2");
        assertThat(seatLedger().confirm(event, bought.id(), holder.id())).isInstanceOf(ConfirmOutcome.Confirmed.class);
        assertThat(queueStore().leave(anonymous)).isTrue();
        WaitingToken unloggedToo = join(event, Optional.of(user), false);
        assertThat(queueStore().leave(unloggedToo)).isTrue();

        assertThat(changes(logOf(event, user))).containsExactly(
                change(JOINED, logged, "position", "2"),
                change(ADMITTED, logged, "window_ends", millis(windowEnd(logged))));
    }

    @Test
    void aRetryWithTheSameKeyAndARefusedJoinAppendNothing() {
        EventId event = event(new QueuePolicy(1), OPEN, SeatPolicy.DEFAULT, LogPolicy.DEFAULT);
        UserId user = newUser();
        UserId other = newUser();
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        assertThat(attempt(token, Optional.of(user), "the-key", true)).isInstanceOf(JoinOutcome.Joined.class);

        assertThat(attempt(WaitingToken.issue(event, RANDOM), Optional.of(user), "the-key", true))
                .isEqualTo(new JoinOutcome.Duplicate(token));
        assertThat(attempt(WaitingToken.issue(event, RANDOM), Optional.of(other), "the-key", true))
                .isEqualTo(new JoinOutcome.IdempotencyConflict());
        assertThat(attempt(WaitingToken.issue(event, RANDOM), Optional.of(user), "another-key", true))
                .isEqualTo(new JoinOutcome.UserLimitReached(1));
        EventId nowhere = EventId.of("nowhere-" + UUID.randomUUID());
        assertThat(attempt(WaitingToken.issue(nowhere, RANDOM), Optional.of(user), "the-key", true))
                .isEqualTo(new JoinOutcome.EventNotFound());

        assertThat(changes(logOf(event, user))).containsExactly(change(JOINED, token, "position", "1"));
        assertThat(logOf(event, other)).isEmpty();
        assertThat(personLog().ofUser(nowhere, user, Optional.empty(), LogLimit.DEFAULT)).isEqualTo(LogPage.EMPTY);
    }

    @Test
    void eachPersonHasALogOfTheirOwnInEachEvent() {
        EventId event = event();
        EventId otherEvent = event();
        UserId user = newUser();
        UserId other = newUser();
        WaitingToken here = join(event, user);
        WaitingToken there = join(otherEvent, user);
        WaitingToken others = join(event, other);
        WaitingToken anonymous = join(event, Optional.empty(), true);
        // a user may be named like a ticket: the user's log and the anonymous entry's log are still two
        UserId namedLikeTheTicket = UserId.of(anonymous.ticketId());
        WaitingToken namesake = join(event, namedLikeTheTicket);

        assertThat(changes(logOf(event, user))).containsExactly(change(JOINED, here, "position", "1"));
        assertThat(changes(logOf(otherEvent, user))).containsExactly(change(JOINED, there, "position", "1"));
        assertThat(changes(logOf(event, other))).containsExactly(change(JOINED, others, "position", "2"));
        assertThat(changes(historyOf(anonymous).orElseThrow())).containsExactly(change(JOINED, anonymous, "position", "3"));
        assertThat(changes(logOf(event, namedLikeTheTicket))).containsExactly(change(JOINED, namesake, "position", "4"));
        assertThat(logOf(event, newUser())).isEmpty();
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Test
    void pagesFollowTheCursorOldestFirstAndTheLastPageSaysThereIsNoMore() {
        EventId event = event();
        UserId user = newUser();
        for (int i = 0; i < 3; i++) {
            assertThat(queueStore().leave(join(event, user))).isTrue();
        }
        WaitingToken live = join(event, user);
        List<LogEntry> all = logOf(event, user);
        assertThat(all).hasSize(7);

        LogPage first = personLog().ofUser(event, user, Optional.empty(), new LogLimit(3));
        assertThat(first).isEqualTo(new LogPage(all.subList(0, 3), Optional.of(all.get(2).id())));
        LogPage second = personLog().ofUser(event, user, first.next(), new LogLimit(3));
        assertThat(second).isEqualTo(new LogPage(all.subList(3, 6), Optional.of(all.get(5).id())));
        LogPage third = personLog().ofUser(event, user, second.next(), new LogLimit(3));
        assertThat(third).as("the end").isEqualTo(new LogPage(all.subList(6, 7), Optional.empty()));

        assertThat(personLog().ofUser(event, user, Optional.empty(), new LogLimit(7)))
                .as("exactly all: nothing follows").isEqualTo(new LogPage(all, Optional.empty()));
        assertThat(personLog().ofUser(event, user, Optional.empty(), new LogLimit(6)))
                .isEqualTo(new LogPage(all.subList(0, 6), Optional.of(all.get(5).id())));
        assertThat(personLog().ofUser(event, user, Optional.of(all.get(3).id()), new LogLimit(1)))
                .as("strictly after the cursor").isEqualTo(new LogPage(all.subList(4, 5), Optional.of(all.get(4).id())));
        assertThat(personLog().ofUser(event, user, Optional.of(new LogCursor(0, 0)), LogLimit.DEFAULT))
                .isEqualTo(new LogPage(all, Optional.empty()));
        assertThat(personLog().ofUser(event, user, Optional.of(all.getLast().id()), LogLimit.DEFAULT))
                .as("after the last entry").isEqualTo(LogPage.EMPTY);
        LogCursor pastTheEnd = new LogCursor(all.getLast().id().millis() + Duration.ofDays(1).toMillis(), 0);
        assertThat(personLog().ofUser(event, user, Optional.of(pastTheEnd), LogLimit.DEFAULT)).isEqualTo(LogPage.EMPTY);

        assertThat(personLog().ofToken(live, first.next(), new LogLimit(3))).as("a token's history pages alike")
                .contains(second);
    }

    @Test
    void aTokensHistoryIsItsPersonsLogWhileTheStoreKnowsTheEntry() {
        EventId event = event("A1", "A2");
        UserId user = newUser();
        WaitingToken logged = join(event, user);
        WaitingToken unlogged = join(event, Optional.of(user), false);
        WaitingToken anonymous = join(event, Optional.empty(), true);
        WaitingToken anonymousUnlogged = join(event, Optional.empty(), false);
        UserId buyer = newUser();
        WaitingToken bought = join(event, buyer);
        WaitingToken boughtUnlogged = join(event, Optional.of(newUser()), false);
        admitEveryone(event);
        for (WaitingToken purchase : List.of(bought, boughtUnlogged)) {
            Holder holder = keepPass(purchase);
            Reservation hold = held(event, holder, purchase == bought ? "A1" : "A2");
            assertThat(seatLedger().confirm(event, hold.id(), holder.id())).isInstanceOf(ConfirmOutcome.Confirmed.class);
        }

        assertThat(historyOf(logged)).contains(logOf(event, user));
        assertThat(historyOf(unlogged)).as("its own log is off, but its person has one").contains(logOf(event, user));
        assertThat(changes(historyOf(anonymous).orElseThrow())).containsExactly(
                change(JOINED, anonymous, "position", "3"),
                change(ADMITTED, anonymous, "window_ends", millis(windowEnd(anonymous))));
        assertThat(historyOf(anonymousUnlogged)).as("known, nothing logged").contains(List.of());
        assertThat(queueStore().status(bought)).isInstanceOf(EntryStatus.Expired.class);
        assertThat(historyOf(bought)).as("window closed by the purchase, still remembered").contains(logOf(event, buyer));
        assertThat(historyOf(boughtUnlogged)).as("ended and its log was off: no longer known").isEmpty();
        assertThat(personLog().ofToken(logged, Optional.empty(), new LogLimit(1)))
                .contains(new LogPage(logOf(event, user).subList(0, 1), Optional.of(logOf(event, user).get(0).id())));

        assertThat(historyOf(WaitingToken.issue(event, RANDOM))).as("never joined").isEmpty();
        assertThat(historyOf(WaitingToken.issue(EventId.of("nowhere-" + UUID.randomUUID()), RANDOM))).isEmpty();
        assertThat(queueStore().leave(logged)).isTrue();
        assertThat(queueStore().leave(anonymous)).isTrue();
        assertThat(historyOf(logged)).as("a leave removes every trace").isEmpty();
        assertThat(historyOf(anonymous)).isEmpty();
        assertThat(changes(logOf(event, user))).as("the log itself stays").endsWith(change(LEFT, logged, "was", "admitted"));
    }

    // ---- bounded, and forgotten -------------------------------------------------------------------

    @Test
    void aLogKeepsItsNewestMaxEntriesAndAtMostAHundredMore() {
        int maxEntries = LogPolicy.MIN_ENTRIES;
        EventId event = event(new LogPolicy(maxEntries, Duration.ofHours(1)));
        UserId user = newUser();
        List<Change> made = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            WaitingToken token = join(event, user);
            assertThat(queueStore().leave(token)).isTrue();
            made.add(change(JOINED, token, "position", "1"));
            made.add(change(LEFT, token, "was", "waiting"));
        }

        List<LogEntry> kept = logOf(event, user);
        assertThat(kept.size()).isBetween(maxEntries, maxEntries + 100);
        assertThat(changes(kept)).as("the newest, in order").isEqualTo(made.subList(made.size() - kept.size(), made.size()));
    }

    @Test
    void aLogIsForgottenItsTimeToLiveAfterItsLastEntry() {
        Duration ttl = Duration.ofSeconds(LogPolicy.MIN_TTL_SECONDS);
        EventId event = event(new LogPolicy(100, ttl));
        UserId user = newUser();
        WaitingToken token = join(event, user);
        letStoreTimePass(Duration.ofMillis(50)); // so that the last entry's end is not the first's
        assertThat(queueStore().leave(token)).isTrue();

        List<LogEntry> log = logOf(event, user);
        assertThat(log).extracting(LogEntry::type).containsExactly(JOINED, LEFT);
        assertThat(log.get(1).at()).isAfter(log.get(0).at());
        assertLogForgottenAt(event, user, log.getLast().at().plus(ttl));
    }

    // ---- what time ends ------------------------------------------------------------------------

    @Test
    void whatTimeEndsIsLoggedOnceByWhicheverStepFindsIt() {
        // three windows at most, so the fourth person waits and falls silent
        AdmissionPolicy admission = new AdmissionPolicy(AdmissionPolicy.MAX_RATE, 3, SHORT, SHORT, false);
        EventId event = event(QueuePolicy.DEFAULT, admission, new SeatPolicy(SHORT, 8), LogPolicy.DEFAULT, "A1", "B1");
        UserId a = newUser();
        UserId b = newUser();
        UserId c = newUser();
        UserId d = newUser();
        WaitingToken ta = join(event, a);
        WaitingToken tb = join(event, b);
        WaitingToken tc = join(event, c);
        WaitingToken td = join(event, d);
        assertThat(admissionStore().step(event).orElseThrow().admitted()).isEqualTo(3);
        Holder ha = keepPass(ta);
        Holder hb = keepPass(tb);
        Instant cWindowEnd = windowEnd(tc);
        Reservation holdA = held(event, ha, "A1");
        Reservation holdB = held(event, hb, "B1");
        Instant last = List.of(ha.windowEnd(), hb.windowEnd(), cWindowEnd, holdA.holdExpiresAt(), holdB.holdExpiresAt())
                .stream().max(Comparator.naturalOrder()).orElseThrow();
        letStoreTimePass(Duration.ofMillis(last.toEpochMilli() + 1 - storeMillis()));

        // a's hold is found run out by a read, b leaves after its window ended, then a step and a sweep
        assertThat(seatLedger().reservation(event, holdA.id(), ha.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(seatLedger().reservation(event, holdA.id(), ha.id()).orElseThrow().status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(queueStore().leave(tb)).as("the window had ended").isFalse();
        assertThat(queueStore().leave(tb)).isFalse();
        AdmissionStep step = admissionStore().step(event).orElseThrow();
        assertThat(step.closedWindows()).isEqualTo(2);
        assertThat(step.dropped()).isEqualTo(1);
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(1, false));
        assertThat(admissionStore().step(event).orElseThrow()).extracting(AdmissionStep::closedWindows, AdmissionStep::dropped)
                .containsExactly(0L, 0L);

        assertThat(changes(logOf(event, a))).containsExactly(
                change(JOINED, ta, "position", "1"),
                change(ADMITTED, ta, "window_ends", millis(ha.windowEnd())),
                change(ENTERED, ta),
                heldChange(ta, holdA),
                endOfHold(EXPIRED, ta, holdA),
                windowClosed(ta, "ended"));
        assertThat(changes(logOf(event, b))).as("a leave after the end closes the window, and a hold outlives it")
                .containsExactly(
                        change(JOINED, tb, "position", "2"),
                        change(ADMITTED, tb, "window_ends", millis(hb.windowEnd())),
                        change(ENTERED, tb),
                        heldChange(tb, holdB),
                        windowClosed(tb, "ended"),
                        endOfHold(EXPIRED, tb, holdB));
        assertThat(changes(logOf(event, c))).containsExactly(
                change(JOINED, tc, "position", "3"),
                change(ADMITTED, tc, "window_ends", millis(cWindowEnd)),
                windowClosed(tc, "ended"));
        assertThat(changes(logOf(event, d))).containsExactly(
                change(JOINED, td, "position", "4"),
                change(DROPPED, td));
        for (WaitingToken ended : List.of(ta, tb, tc, td)) {
            assertThat(queueStore().status(ended)).isInstanceOf(EntryStatus.Expired.class);
        }
        assertThat(historyOf(tb)).as("still remembered as expired").contains(logOf(event, b));
        assertThat(historyOf(td)).contains(logOf(event, d));
    }

    @Test
    void aHoldThatRanOutIsLoggedOnceHoweverManySweepersAndReadersFindIt() throws Exception {
        int people = 40;
        String[] seats = new String[people];
        for (int i = 0; i < people; i++) {
            seats[i] = "S" + (100 + i);
        }
        EventId event = event(QueuePolicy.DEFAULT, OPEN, new SeatPolicy(SHORT, 8), LogPolicy.DEFAULT, seats);
        List<UserId> users = new ArrayList<>();
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            users.add(newUser());
            tokens.add(join(event, users.get(i)));
        }
        admitEveryone(event);
        List<Holder> holders = new ArrayList<>();
        List<Reservation> holds = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            holders.add(keepPass(tokens.get(i)));
            holds.add(held(event, holders.get(i), seats[i]));
        }
        Instant last = holds.stream().map(Reservation::holdExpiresAt).max(Comparator.naturalOrder()).orElseThrow();
        letStoreTimePass(Duration.ofMillis(last.toEpochMilli() + 1 - storeMillis()));

        List<Callable<Void>> racers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            racers.add(() -> {
                while (seatLedger().expireHolds(event).more()) {
                    // another batch
                }
                return null;
            });
            Random random = new Random(r);
            racers.add(() -> {
                for (int i = 0; i < people; i++) {
                    ReservationId id = holds.get(i).id();
                    String holder = holders.get(i).id();
                    switch (random.nextInt(3)) {
                        case 0 -> seatLedger().reservation(event, id, holder);
                        case 1 -> seatLedger().confirm(event, id, holder);
                        default -> seatLedger().cancel(event, id, holder);
                    }
                }
                return null;
            });
        }
        AtOnce.run(racers);

        for (int i = 0; i < people; i++) {
            WaitingToken token = tokens.get(i);
            assertThat(changes(logOf(event, users.get(i)))).as("person %d", i).containsExactly(
                    change(JOINED, token, "position", Integer.toString(i + 1)),
                    change(ADMITTED, token, "window_ends", millis(holders.get(i).windowEnd())),
                    change(ENTERED, token),
                    heldChange(token, holds.get(i)),
                    endOfHold(EXPIRED, token, holds.get(i)));
        }
    }

    // ---- many at once ------------------------------------------------------------------------------

    @Test
    void eachPersonsLogIsThatPersonsChangesInOrderWhileManyChangeAtOnce() throws Exception {
        int people = 50;
        int cycles = 20;
        EventId event = event();
        List<UserId> users = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            users.add(newUser());
        }
        // each person joins and leaves in turn on a thread of their own, while two steppers admit whoever waits;
        // every other time a person waits to be admitted before leaving, so both kinds of leave race the steps
        AtomicInteger peopleLeft = new AtomicInteger(people);
        List<Callable<List<WaitingToken>>> crowd = new ArrayList<>();
        for (UserId user : users) {
            crowd.add(() -> {
                try {
                    List<WaitingToken> tokens = new ArrayList<>();
                    for (int cycle = 0; cycle < cycles; cycle++) {
                        WaitingToken token = join(event, user);
                        tokens.add(token);
                        if (waitsForAdmission(cycle)) {
                            awaitAdmission(token);
                        }
                        assertThat(queueStore().leave(token)).isTrue();
                    }
                    return tokens;
                } finally {
                    peopleLeft.decrementAndGet();
                }
            });
        }
        for (int s = 0; s < 2; s++) {
            crowd.add(() -> {
                while (peopleLeft.get() > 0) {
                    admissionStore().step(event);
                }
                return List.of();
            });
        }
        List<List<WaitingToken>> joined = AtOnce.run(crowd);

        long admittedInLogs = 0;
        for (int p = 0; p < people; p++) {
            List<LogEntry> log = logOf(event, users.get(p));
            admittedInLogs += log.stream().filter(entry -> entry.type() == ADMITTED).count();
            assertThat(changes(log)).as("person %d", p).isEqualTo(expectedCycles(log, joined.get(p)));
        }
        assertThat(admittedInLogs).as("every admission, once")
                .isEqualTo(admissionStore().admissionStats(event).orElseThrow().admittedTotal())
                .isGreaterThanOrEqualTo(people * cycles / 2);
    }

    private static boolean waitsForAdmission(int cycle) {
        return cycle % 2 == 1;
    }

    /** Polls the entry's status (a heartbeat, no change) until a step admitted it. */
    private void awaitAdmission(WaitingToken token) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!(queueStore().status(token) instanceof EntryStatus.Admitted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(token + " was never admitted");
            }
            Thread.yield();
        }
    }

    /**
     * What the log of one person who joined and left with each of {@code tokens} in turn must be: per token,
     * joined, then left as waiting, or admitted and then left as admitted. Admitted for sure when the person
     * waited for it; otherwise whether a step came first is the one thing the log itself decides. Positions
     * and window ends are taken from the log too.
     */
    private static List<Change> expectedCycles(List<LogEntry> log, List<WaitingToken> tokens) {
        List<Change> expected = new ArrayList<>();
        int at = 0;
        for (int cycle = 0; cycle < tokens.size(); cycle++) {
            WaitingToken token = tokens.get(cycle);
            String position = at < log.size() ? log.get(at).details().getOrDefault("position", "") : "";
            expected.add(change(JOINED, token, "position", position.matches("[1-9][0-9]*") ? position : "a position"));
            at++;
            boolean admitted = waitsForAdmission(cycle) || at < log.size() && log.get(at).type() == ADMITTED;
            if (admitted) {
                String windowEnd = at < log.size() ? log.get(at).details().getOrDefault("window_ends", "") : "";
                expected.add(change(ADMITTED, token, "window_ends", windowEnd.isEmpty() ? "a window end" : windowEnd));
                at++;
            }
            expected.add(change(LEFT, token, "was", admitted ? "admitted" : "waiting"));
            at++;
        }
        return expected;
    }
}
