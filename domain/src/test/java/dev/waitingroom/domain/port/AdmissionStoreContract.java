package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link AdmissionStore} must show, over the {@link QueueStore} and {@link EventCatalogue}
 * of the same store. Time passes by the store's own clock: an adapter with an injected clock moves it, and
 * one on a real server waits (polling the server's clock) until that much of its time has passed.
 */
public abstract class AdmissionStoreContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    protected static final Duration MIN_TIME = Duration.ofSeconds(AdmissionPolicy.MIN_SECONDS);

    protected abstract QueueStore queueStore();

    protected abstract AdmissionStore admissionStore();

    protected abstract EventCatalogue eventCatalogue();

    /** Returns once at least {@code time} has passed on the store's clock. */
    protected abstract void letStoreTimePass(Duration time);

    /** The store's clock now, in unix milliseconds. */
    protected abstract long storeMillis();

    /** The most entries one step of the store under test closes, drops or admits (both stores' default). */
    protected int stepBatch() {
        return 250;
    }

    // ---- helpers -------------------------------------------------------------------------------

    protected static AdmissionPolicy open(double rate, int maxActive) {
        return new AdmissionPolicy(rate, maxActive, Duration.ofSeconds(600), Duration.ofSeconds(120), false);
    }

    protected EventId event(QueuePolicy queue, AdmissionPolicy admission) {
        EventId event = EventId.of("admission-" + UUID.randomUUID());
        eventCatalogue().save(new EventSettings(event, queue, admission));
        return event;
    }

    protected EventId event(AdmissionPolicy admission) {
        return event(QueuePolicy.DEFAULT, admission);
    }

    protected void change(EventId event, AdmissionPolicy admission) {
        EventSettings current = eventCatalogue().find(event).orElseThrow();
        eventCatalogue().save(new EventSettings(event, current.queuePolicy(), admission));
    }

    protected WaitingToken join(EventId event, String user, String key) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        JoinOutcome outcome = queueStore().join(token, Optional.ofNullable(user).map(UserId::of), IdempotencyKey.of(key));
        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
        return token;
    }

    protected List<WaitingToken> join(EventId event, int people) {
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            tokens.add(join(event, null, UUID.randomUUID().toString()));
        }
        return tokens;
    }

    protected AdmissionStep step(EventId event) {
        return admissionStore().step(event).orElseThrow();
    }

    protected EntryStatus status(WaitingToken token) {
        return queueStore().status(token);
    }

    protected long positionOf(WaitingToken token) {
        EntryStatus status = status(token);
        assertThat(status).isInstanceOf(EntryStatus.Waiting.class);
        return ((EntryStatus.Waiting) status).position();
    }

    protected boolean isAdmitted(WaitingToken token) {
        return status(token) instanceof EntryStatus.Admitted;
    }

    protected AdmissionStats stats(EventId event) {
        return admissionStore().admissionStats(event).orElseThrow();
    }

    // ---- pacing --------------------------------------------------------------------------------

    @Test
    void aNewEventIsPausedAndAdmitsNobody() {
        EventId event = event(AdmissionPolicy.DEFAULT);
        List<WaitingToken> tokens = join(event, 3);

        assertThat(step(event).admitted()).isZero();
        EntryStatus status = status(tokens.get(0));
        assertThat(status).isInstanceOf(EntryStatus.Waiting.class);
        assertThat(((EntryStatus.Waiting) status).paused()).isTrue();
        assertThat(stats(event)).isEqualTo(new AdmissionStats(0, 0, 0, java.util.OptionalDouble.empty()));
    }

    @Test
    void theFirstStepLetsInOneSecondsWorthAndTheNextOnlyWhatTheRateRefilled() {
        EventId event = event(open(5, 1000));
        List<WaitingToken> tokens = join(event, 20);

        assertThat(step(event).admitted()).as("the bucket starts full: one second's worth").isEqualTo(5);
        assertThat(step(event).admitted()).as("nothing refilled yet").isLessThanOrEqualTo(1);
        letStoreTimePass(Duration.ofSeconds(1));
        long total = stats(event).admittedTotal() + step(event).admitted();
        assertThat(total).as("a full second refills at most one burst").isBetween(10L, 11L);
        assertThat(stats(event).admittedTotal()).isEqualTo(total);
        assertThat(stats(event).measuredRate()).isPresent();
    }

    @Test
    void peopleAreAdmittedInTheOrderTheyJoined() {
        EventId event = event(open(4, 1000));
        List<WaitingToken> tokens = join(event, 7);

        assertThat(step(event).admitted()).isEqualTo(4);

        for (int i = 0; i < 4; i++) {
            assertThat(isAdmitted(tokens.get(i))).as("entry %d", i + 1).isTrue();
        }
        for (int i = 4; i < 7; i++) {
            assertThat(positionOf(tokens.get(i))).isEqualTo(i - 3);
        }
        assertThat(step(event).waiting()).isEqualTo(3);
    }

    @Test
    void maxActiveCapsTheOpenWindowsAndAClosedWindowLetsTheNextPersonIn() {
        EventId event = event(open(100, 2));
        List<WaitingToken> tokens = join(event, 5);

        AdmissionStep first = step(event);
        assertThat(first.admitted()).isEqualTo(2);
        assertThat(first.active()).isEqualTo(2);
        assertThat(step(event).admitted()).isZero();

        assertThat(queueStore().leave(tokens.get(0))).as("leaving closes the window").isTrue();
        assertThat(stats(event).active()).isEqualTo(1);
        assertThat(step(event).admitted()).isEqualTo(1);
        assertThat(isAdmitted(tokens.get(2))).isTrue();
        assertThat(positionOf(tokens.get(3))).isEqualTo(1);
    }

    @Test
    void pausingStopsAdmissionAtOnceAndResumingContinuesInOrder() {
        EventId event = event(open(2, 1000));
        List<WaitingToken> tokens = join(event, 6);
        assertThat(step(event).admitted()).isEqualTo(2);

        change(event, open(2, 1000).withPaused(true));
        letStoreTimePass(Duration.ofSeconds(1));
        assertThat(step(event).admitted()).isZero();
        EntryStatus.Waiting third = (EntryStatus.Waiting) status(tokens.get(2));
        assertThat(third.paused()).isTrue();

        change(event, open(2, 1000));
        assertThat(step(event).admitted()).isEqualTo(2);
        assertThat(isAdmitted(tokens.get(2))).isTrue();
        assertThat(isAdmitted(tokens.get(3))).isTrue();
        assertThat(positionOf(tokens.get(4))).isEqualTo(1);
    }

    @Test
    void aStepDoesAtMostOneBatchAndSaysItWasCutShort() {
        int batch = stepBatch();
        EventId event = event(open(100_000, 10_000));
        join(event, batch + batch / 2);

        AdmissionStep first = step(event);
        assertThat(first.admitted()).isEqualTo(batch);
        assertThat(first.cutShort()).isTrue();
        AdmissionStep second = step(event);
        assertThat(second.admitted()).isEqualTo(batch / 2);
        assertThat(second.cutShort()).isFalse();
        assertThat(stats(event).admittedTotal()).isEqualTo(batch + batch / 2);
    }

    @Test
    void manyStepsAtOnceAdmitNobodyTwiceAndNeverMoreThanTheRateAllows() throws Exception {
        double rate = 40;
        EventId event = event(open(rate, 100_000));
        List<WaitingToken> tokens = join(event, 300);
        int steppers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(steppers);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong steps = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> admittedBySteppers = new ArrayList<>();
            for (int i = 0; i < steppers; i++) {
                admittedBySteppers.add(pool.submit(() -> {
                    start.await();
                    long admitted = 0;
                    while (running.get()) {
                        admitted += step(event).admitted();
                        steps.incrementAndGet();
                    }
                    return admitted;
                }));
            }
            long startedAt = storeMillis();
            start.countDown();
            for (int i = 0; i < 20; i++) {
                letStoreTimePass(Duration.ofMillis(100));
                // every slice of time is stepped over, however fast the clock was moved
                long seen = steps.get();
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (steps.get() < seen + steppers && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
            running.set(false);
            long admitted = 0;
            for (Future<Long> future : admittedBySteppers) {
                admitted += future.get();
            }
            double seconds = (storeMillis() - startedAt) / 1000.0;
            long ready = tokens.stream().filter(this::isAdmitted).count();
            assertThat(ready).as("every admission is one person, once").isEqualTo(admitted);
            assertThat(stats(event).admittedTotal()).isEqualTo(admitted);
            assertThat(admitted).as("never more than rate x t + burst").isLessThanOrEqualTo((long) (rate * seconds + rate));
            assertThat(admitted).as("and not far below it: the steppers ran for 2 s at least").isGreaterThanOrEqualTo((long) (rate * 1.5));
            Set<Long> waitingPositions = new HashSet<>();
            for (WaitingToken token : tokens.subList((int) admitted, tokens.size())) {
                waitingPositions.add(positionOf(token));
            }
            assertThat(waitingPositions).hasSize(tokens.size() - (int) admitted);
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }

    // ---- windows -------------------------------------------------------------------------------

    @Test
    void anAdmittedEntryStaysReadyUntilItsWindowEndsAndThenIsExpired() {
        EventId event = event(new AdmissionPolicy(10, 1000, MIN_TIME, Duration.ofSeconds(120), false));
        List<WaitingToken> tokens = join(event, 11);
        assertThat(step(event).admitted()).isEqualTo(10);

        EntryStatus status = status(tokens.get(0));
        assertThat(status).isInstanceOf(EntryStatus.Admitted.class);
        EntryStatus.Admitted admitted = (EntryStatus.Admitted) status;
        assertThat(Duration.between(admitted.observedAt(), admitted.windowEnd())).isBetween(Duration.ofSeconds(8), MIN_TIME);

        letStoreTimePass(MIN_TIME);
        assertThat(status(tokens.get(0))).as("expired as soon as the window ended, step or not").isEqualTo(new EntryStatus.Expired());
        assertThat(admissionStore().enter(tokens.get(0))).isEqualTo(new EnterOutcome.Expired());

        assertThat(queueStore().leave(tokens.get(1))).as("leaving an ended window changes nothing").isFalse();
        assertThat(status(tokens.get(1))).isEqualTo(new EntryStatus.Expired());
        assertThat(queueStore().stats(event).orElseThrow().leftTotal()).isZero();

        AdmissionStep step = step(event);
        assertThat(step.closedWindows()).isEqualTo(9);
        assertThat(step.admitted()).as("the freed places let the next person in").isEqualTo(1);
        assertThat(status(tokens.get(0))).isEqualTo(new EntryStatus.Expired());
        assertThat(stats(event).active()).isEqualTo(1);
    }

    @Test
    void anEndedWindowFreesItsUsersPlaceAndItsIdempotencyKey() {
        EventId event = event(new QueuePolicy(1), new AdmissionPolicy(10, 1000, MIN_TIME, Duration.ofSeconds(120), false));
        WaitingToken first = join(event, "alice", "key-a");
        step(event);
        assertThat(isAdmitted(first)).isTrue();
        WaitingToken probe = WaitingToken.issue(event, RANDOM);
        assertThat(queueStore().join(probe, Optional.of(UserId.of("alice")), IdempotencyKey.of("other")))
                .as("an open window still counts under the per-user limit")
                .isInstanceOf(JoinOutcome.UserLimitReached.class);

        letStoreTimePass(MIN_TIME);
        step(event);
        WaitingToken again = join(event, "alice", "key-a");
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void leavingWithAnOpenWindowClosesItAndTheTokenIsThenUnknown() {
        EventId event = event(open(10, 1000));
        WaitingToken token = join(event, "bob", "key-b");
        step(event);
        assertThat(stats(event).active()).isEqualTo(1);

        assertThat(queueStore().leave(token)).isTrue();
        assertThat(stats(event).active()).isZero();
        assertThat(status(token)).isEqualTo(new EntryStatus.Unknown());
        assertThat(queueStore().stats(event).orElseThrow().leftTotal()).isEqualTo(1);
        assertThat(admissionStore().enter(token)).isEqualTo(new EnterOutcome.Unknown());
    }

    // ---- heartbeat -----------------------------------------------------------------------------

    @Test
    void silenceDropsAnEntryFromTheMiddleAndEveryoneBehindMovesUp() {
        Duration abandonAfter = MIN_TIME;
        EventId event = event(new QueuePolicy(1), new AdmissionPolicy(10, 1000, Duration.ofSeconds(600), abandonAfter, true));
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(join(event, "user" + i, "key" + i));
        }
        WaitingToken silent = tokens.get(2);

        letStoreTimePass(Duration.ofSeconds(6));
        for (WaitingToken token : tokens) {
            if (token != silent) {
                status(token); // a status call is a heartbeat
            }
        }
        letStoreTimePass(Duration.ofSeconds(5));
        AdmissionStep step = step(event);

        assertThat(step.dropped()).as("paused or not, the silent are dropped").isEqualTo(1);
        assertThat(status(silent)).isEqualTo(new EntryStatus.Expired());
        assertThat(admissionStore().enter(silent)).isEqualTo(new EnterOutcome.Expired());
        assertThat(positionOf(tokens.get(1))).isEqualTo(2);
        assertThat(positionOf(tokens.get(3))).isEqualTo(3);
        assertThat(positionOf(tokens.get(4))).isEqualTo(4);
        assertThat(stats(event).droppedTotal()).isEqualTo(1);
        assertThat(queueStore().stats(event).orElseThrow().waiting()).isEqualTo(4);
        // the dropped entry's user may join again (limit 1), and its key makes a new entry
        WaitingToken again = join(event, "user2", "key2");
        assertThat(positionOf(again)).isEqualTo(5);
    }

    // ---- entering ------------------------------------------------------------------------------

    @Test
    void enteringKeepsTheFirstPassOfTheWindow() {
        EventId event = event(open(1, 1000));
        List<WaitingToken> tokens = join(event, 2);
        WaitingToken first = tokens.get(0);
        assertThat(admissionStore().enter(first)).isEqualTo(new EnterOutcome.NotReady(1));
        step(event);

        EnterOutcome outcome = admissionStore().enter(first);
        assertThat(outcome).isInstanceOf(EnterOutcome.Admitted.class);
        EnterOutcome.Admitted admitted = (EnterOutcome.Admitted) outcome;
        assertThat(admitted.pass()).isEmpty();
        assertThat(admitted.token()).isEqualTo(first);
        assertThat(admitted.windowEnd()).isAfter(admitted.observedAt());

        assertThat(admissionStore().keepPass(first, "pass-1")).contains("pass-1");
        assertThat(admissionStore().keepPass(first, "pass-2")).as("the first pass wins").contains("pass-1");
        assertThat(((EnterOutcome.Admitted) admissionStore().enter(first)).pass()).contains("pass-1");
        assertThat(admissionStore().enter(tokens.get(1))).isEqualTo(new EnterOutcome.NotReady(1));
        assertThat(admissionStore().keepPass(tokens.get(1), "pass-3")).as("no window, no pass").isEmpty();
        assertThat(admissionStore().enter(WaitingToken.issue(event, RANDOM))).isEqualTo(new EnterOutcome.Unknown());
    }

    @Test
    void anUnknownEventHasNoStepAndNoStats() {
        EventId nowhere = EventId.of("nowhere-" + UUID.randomUUID());
        assertThat(admissionStore().step(nowhere)).isEmpty();
        assertThat(admissionStore().admissionStats(nowhere)).isEmpty();
    }
}
