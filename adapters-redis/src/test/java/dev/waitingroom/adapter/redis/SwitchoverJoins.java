package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Anonymous joins to one event during a switchover, by the test and by a crowd: those acknowledged (with when), and
 * what the others threw.
 */
final class SwitchoverJoins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisQueueStore queue;
    private final EventId event;
    final Queue<WaitingToken> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();
    final Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();

    SwitchoverJoins(RedisQueueStore queue, EventId event) {
        this.queue = queue;
        this.event = event;
    }

    /** Null once joined; otherwise what went wrong, the failure kept. */
    String tryJoin() {
        return join(WaitingToken.issue(event, RANDOM));
    }

    WaitingToken mustJoin(String when) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        assertThat(join(token)).as("a join " + when).isNull();
        return token;
    }

    private String join(WaitingToken token) {
        try {
            JoinOutcome outcome = queue.join(token, Optional.empty(), IdempotencyKey.of(UUID.randomUUID().toString()));
            if (!(outcome instanceof JoinOutcome.Joined)) {
                throw new IllegalStateException("a join answered " + outcome);
            }
        } catch (RuntimeException e) {
            failures.add(e);
            return e.toString();
        }
        acknowledged.add(token);
        acknowledgedAt.add(System.nanoTime());
        return null;
    }

    /** Joiners on virtual threads, each joining again and again until closed. */
    Crowd crowdOf(int joiners) {
        return new Crowd(this, joiners);
    }

    List<WaitingToken> notInTheQueue(Collection<WaitingToken> tokens) {
        return tokens.stream().filter(token -> !(queue.status(token) instanceof EntryStatus.Waiting)).toList();
    }

    long longestGapMillis() {
        long[] gap = longestGap();
        return (gap[1] - gap[0]) / 1_000_000;
    }

    /** The longest time without an acknowledged join: when the acknowledgement before it and the one after it came. */
    long[] longestGap() {
        List<Long> times = acknowledgedAt.stream().sorted().toList();
        long[] longest = {0, 0};
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) - times.get(i - 1) > longest[1] - longest[0]) {
                longest = new long[] {times.get(i - 1), times.get(i)};
            }
        }
        return longest;
    }

    /** How many failures of each kind (the start of the message). */
    Map<String, Long> failureKinds() {
        Map<String, Long> kinds = new TreeMap<>();
        failures.forEach(failure -> {
            String message = String.valueOf(failure.getMessage());
            kinds.merge(message.substring(0, Math.min(message.length(), 70)), 1L, Long::sum);
        });
        return kinds;
    }

    /** Joiners on virtual threads, each joining again and again until closed. */
    static final class Crowd implements AutoCloseable {

        /** Between one joiner's joins: the crowd keeps joining without spinning while a breaker refuses at once. */
        private static final long PAUSE_MILLIS = 5;

        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

        private Crowd(SwitchoverJoins joins, int joiners) {
            for (int i = 0; i < joiners; i++) {
                threads.submit(() -> {
                    while (!stopped.get()) {
                        joins.tryJoin();
                        RedisServerProcess.sleep(PAUSE_MILLIS);
                    }
                });
            }
        }

        @Override
        public void close() {
            stopped.set(true);
            threads.close();
        }
    }
}
