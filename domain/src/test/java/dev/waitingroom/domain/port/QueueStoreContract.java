package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.JoinOutcome.Duplicate;
import dev.waitingroom.domain.queue.JoinOutcome.EventNotFound;
import dev.waitingroom.domain.queue.JoinOutcome.Joined;
import dev.waitingroom.domain.queue.JoinOutcome.IdempotencyConflict;
import dev.waitingroom.domain.queue.JoinOutcome.UserLimitReached;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link QueueStore} must show (over the {@link EventCatalogue} of the same store).
 * Each adapter extends this once. Every test works on events of its own, so stores need not be emptied
 * between tests.
 */
public abstract class QueueStoreContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract QueueStore queueStore();

    protected abstract EventCatalogue eventCatalogue();

    // ---- helpers -------------------------------------------------------------------------------

    /** An entry made by a join, with the token it was made under. */
    protected record Entry(WaitingToken token, long position, QueueScore score) {
    }

    /** What a join answered, and the token it offered the store. */
    protected record Attempt(WaitingToken offeredToken, JoinOutcome outcome) {

        Entry entry() {
            assertThat(outcome).isInstanceOf(Joined.class);
            Joined joined = (Joined) outcome;
            return new Entry(offeredToken, joined.position(), joined.score());
        }
    }

    protected EventId openEvent(int maxEntriesPerUser) {
        EventId event = EventId.of("contract-" + UUID.randomUUID());
        eventCatalogue().save(new EventSettings(event, new QueuePolicy(maxEntriesPerUser)));
        return event;
    }

    protected EventId openEvent() {
        return openEvent(QueuePolicy.DEFAULT_MAX_ENTRIES_PER_USER);
    }

    protected Attempt attempt(EventId event, String user, String key) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        return new Attempt(token, queueStore().join(token, Optional.ofNullable(user).map(UserId::of), IdempotencyKey.of(key)));
    }

    protected JoinOutcome join(EventId event, String user, String key) {
        return attempt(event, user, key).outcome();
    }

    protected Entry joined(EventId event, String user) {
        return attempt(event, user, UUID.randomUUID().toString()).entry();
    }

    private long positionOf(WaitingToken token) {
        return waiting(token).position();
    }

    protected EntryStatus.Waiting waiting(WaitingToken token) {
        EntryStatus status = queueStore().status(token);
        assertThat(status).isInstanceOf(EntryStatus.Waiting.class);
        return (EntryStatus.Waiting) status;
    }

    // ---- joining -------------------------------------------------------------------------------

    @Test
    void joiningAnUnknownEventIsRefusedAndCreatesNothing() {
        EventId event = EventId.of("unknown-" + UUID.randomUUID());
        assertThat(join(event, "u1", "k1")).isEqualTo(new EventNotFound());
        assertThat(queueStore().stats(event)).isEmpty();
    }

    @Test
    void joinsAreNumberedInTheOrderTheStoreAcceptedThem() {
        EventId event = openEvent();
        Entry first = joined(event, "alice");
        Entry second = joined(event, "bob");
        Entry third = joined(event, null);

        assertThat(List.of(first.position(), second.position(), third.position())).containsExactly(1L, 2L, 3L);
        assertThat(first.score()).isLessThan(second.score());
        assertThat(second.score()).isLessThan(third.score());
        assertThat(positionOf(first.token())).isEqualTo(1);
        assertThat(positionOf(third.token())).isEqualTo(3);
    }

    @Test
    void oneUserJoiningThreeTimesHoldsPositionsOneTwoThree() {
        EventId event = openEvent();
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            positions.add(joined(event, "user123").position());
        }
        assertThat(positions).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theJoinTimeComesFromTheStoreClockAndTheEntryReportsIt() {
        EventId event = openEvent();
        Instant before = Instant.now().minusSeconds(5);
        Entry joined = joined(event, "alice");
        EntryStatus.Waiting entry = waiting(joined.token());

        assertThat(entry.joinedAt()).isEqualTo(joined.score().time());
        assertThat(entry.joinedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(entry.observedAt()).isAfterOrEqualTo(entry.joinedAt());
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheOriginalTokenToItsUserAndAddsNothing() {
        EventId event = openEvent();
        Entry original = attempt(event, "alice", "retry-me").entry();

        assertThat(join(event, "alice", "retry-me")).isEqualTo(new Duplicate(original.token()));
        assertThat(queueStore().stats(event)).contains(new QueueStats(1, 1, 0));
    }

    @Test
    void anIdempotencyKeyIsNotACredentialForAnotherUser() {
        EventId event = openEvent();
        Entry alices = attempt(event, "alice", "guessable-1").entry();
        Entry anonymous = attempt(event, null, "guessable-2").entry();

        assertThat(join(event, "bob", "guessable-1")).isEqualTo(new IdempotencyConflict());
        assertThat(join(event, null, "guessable-1")).isEqualTo(new IdempotencyConflict());
        assertThat(join(event, "bob", "guessable-2")).isEqualTo(new IdempotencyConflict());
        assertThat(join(event, null, "guessable-2")).isEqualTo(new Duplicate(anonymous.token()));
        assertThat(join(event, "alice", "guessable-1")).isEqualTo(new Duplicate(alices.token()));
        assertThat(queueStore().stats(event)).contains(new QueueStats(2, 2, 0));
    }

    @Test
    void idempotencyKeysBelongToOneEvent() {
        EventId concert = openEvent();
        EventId opera = openEvent();
        assertThat(join(concert, "alice", "same-key")).isInstanceOf(Joined.class);
        assertThat(join(opera, "alice", "same-key")).isInstanceOf(Joined.class);
    }

    @Test
    void aUserCannotHaveMoreWaitingEntriesThanTheEventAllows() {
        EventId event = openEvent(2);
        joined(event, "alice");
        joined(event, "alice");

        assertThat(join(event, "alice", "third")).isEqualTo(new UserLimitReached(2));
        assertThat(join(event, "bob", "bobs")).isInstanceOf(Joined.class);
        assertThat(join(event, null, "anonymous-1")).isInstanceOf(Joined.class);
        assertThat(queueStore().stats(event)).contains(new QueueStats(4, 4, 0));
    }

    @Test
    void aRefusedJoinLeavesItsKeyUnused() {
        EventId event = openEvent(1);
        joined(event, "alice");
        assertThat(join(event, "alice", "k-refused")).isInstanceOf(UserLimitReached.class);

        eventCatalogue().save(new EventSettings(event, new QueuePolicy(2)));
        assertThat(join(event, "alice", "k-refused")).isInstanceOf(Joined.class);
    }

    @Test
    void theDefaultPolicyLetsOneUserJoinThreeTimes() {
        EventId event = openEvent();
        for (int i = 0; i < 3; i++) {
            joined(event, "user123");
        }
    }

    // ---- leaving -------------------------------------------------------------------------------

    @Test
    void whenSomeoneAheadLeavesEveryoneBehindMovesUpByOne() {
        EventId event = openEvent();
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(joined(event, "user" + i).token());
        }

        assertThat(queueStore().leave(tokens.get(1))).isTrue();

        assertThat(positionOf(tokens.get(0))).isEqualTo(1);
        assertThat(positionOf(tokens.get(2))).isEqualTo(2);
        assertThat(positionOf(tokens.get(3))).isEqualTo(3);
        assertThat(positionOf(tokens.get(4))).isEqualTo(4);
        assertThat(queueStore().status(tokens.get(1))).isEqualTo(new EntryStatus.Unknown());
    }

    @Test
    void leavingRemovesEveryTraceOfTheEntry() {
        EventId event = openEvent(1);
        Entry joined = attempt(event, "alice", "key-1").entry();

        assertThat(queueStore().leave(joined.token())).isTrue();
        assertThat(queueStore().leave(joined.token())).isFalse();
        assertThat(queueStore().status(joined.token())).isEqualTo(new EntryStatus.Unknown());
        assertThat(queueStore().stats(event)).contains(new QueueStats(0, 1, 1));

        // the user's slot and the idempotency key are free again
        Entry again = attempt(event, "alice", "key-1").entry();
        assertThat(again.token()).isNotEqualTo(joined.token());
        assertThat(again.position()).isEqualTo(1);
    }

    @Test
    void aTokenThatWasNeverIssuedIsNotFound() {
        EventId event = openEvent();
        WaitingToken stranger = WaitingToken.issue(event, RANDOM);
        assertThat(queueStore().status(stranger)).isEqualTo(new EntryStatus.Unknown());
        assertThat(queueStore().leave(stranger)).isFalse();
        WaitingToken ofUnknownEvent = WaitingToken.issue(EventId.of("nowhere-" + UUID.randomUUID()), RANDOM);
        assertThat(queueStore().status(ofUnknownEvent)).isEqualTo(new EntryStatus.Unknown());
        assertThat(queueStore().leave(ofUnknownEvent)).isFalse();
    }

    // ---- under real concurrency ----------------------------------------------------------------

    @Test
    void concurrentJoinsWithOneKeyMakeExactlyOneEntry() throws Exception {
        EventId event = openEvent();
        int callers = 100;
        List<Attempt> attempts = runConcurrently(callers, i -> attempt(event, "user-" + i % 7, "shared-key"));

        List<Attempt> joined = attempts.stream().filter(a -> a.outcome() instanceof Joined).toList();
        assertThat(joined).hasSize(1);
        String winner = "user-" + attempts.indexOf(joined.get(0)) % 7;
        for (int i = 0; i < callers; i++) {
            JoinOutcome outcome = attempts.get(i).outcome();
            if (outcome instanceof Joined) {
                continue;
            }
            // the winner's other calls get the entry back; everybody else's are conflicts
            assertThat(outcome).isEqualTo(("user-" + i % 7).equals(winner)
                    ? new Duplicate(joined.get(0).offeredToken())
                    : new IdempotencyConflict());
        }
        assertThat(queueStore().stats(event)).contains(new QueueStats(1, 1, 0));
    }

    @Test
    void concurrentJoinsGetEveryPositionExactlyOnce() throws Exception {
        EventId event = openEvent(QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER);
        int callers = 800;
        List<Entry> entries = runConcurrently(callers, i -> attempt(event, "user-" + i % 40, "k-" + i).entry());

        List<Long> positions = entries.stream().map(Entry::position).sorted().toList();
        assertThat(positions).containsExactlyElementsOf(LongStream.rangeClosed(1, callers).boxed().toList());

        // positions read back now are a permutation of 1..n and follow the scores
        List<Entry> byScore = entries.stream().sorted((a, b) -> a.score().compareTo(b.score())).toList();
        for (int i = 0; i < byScore.size(); i++) {
            assertThat(byScore.get(i).position()).isEqualTo(i + 1);
            assertThat(positionOf(byScore.get(i).token())).isEqualTo(i + 1);
        }
        assertThat(queueStore().stats(event)).contains(new QueueStats(callers, callers, 0));
    }

    @Test
    void concurrentJoinsAndLeavesKeepPositionsDense() throws Exception {
        EventId event = openEvent(QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER);
        List<Entry> initial = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            initial.add(joined(event, "early"));
        }
        ConcurrentLinkedQueue<WaitingToken> stayed = new ConcurrentLinkedQueue<>();
        runConcurrently(400, i -> {
            if (i < 200) {
                WaitingToken token = initial.get(i).token();
                if (i % 2 == 0) {
                    queueStore().leave(token);
                } else {
                    stayed.add(token);
                }
            } else {
                stayed.add(joined(event, "late").token());
            }
            return null;
        });

        Set<Long> positions = new HashSet<>();
        for (WaitingToken token : stayed) {
            positions.add(positionOf(token));
        }
        assertThat(positions).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
        assertThat(queueStore().stats(event)).contains(new QueueStats(300, 400, 100));
    }

    protected interface Call<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code callers} calls at once, released together by a latch; returns their results in call order. */
    protected static <T> List<T> runConcurrently(int callers, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(callers, 64));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
