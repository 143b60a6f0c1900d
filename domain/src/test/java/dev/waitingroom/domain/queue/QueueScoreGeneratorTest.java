package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueueScoreGeneratorTest {

    /** A clock the test moves by hand, forwards or backwards. */
    private static final class SteppingClock extends Clock {
        final AtomicLong millis;

        SteppingClock(Instant start) {
            millis = new AtomicLong(start.toEpochMilli());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final QueueScoreGenerator generator = new QueueScoreGenerator(clock);

    @Test
    void aMillionScoresAreUniqueAndStrictlyIncreasing() {
        long previous = -1;
        for (int i = 0; i < 1_000_000; i++) {
            if (i % 1000 == 0) {
                clock.millis.incrementAndGet();
            }
            long next = generator.nextEncoded();
            assertThat(next > previous).as("score %d after %d", next, previous).isTrue();
            previous = next;
        }
    }

    @Test
    void aMillionScoresFromTheRealClockAreUniqueAndStrictlyIncreasing() {
        QueueScoreGenerator real = new QueueScoreGenerator(Clock.systemUTC());
        long previous = -1;
        for (int i = 0; i < 1_000_000; i++) {
            long next = real.nextEncoded();
            assertThat(next > previous).as("score %d after %d", next, previous).isTrue();
            previous = next;
        }
    }

    @Test
    void scoresFollowTheClockWhileItMovesForward() {
        QueueScore first = generator.next();
        clock.millis.addAndGet(5);
        QueueScore second = generator.next();
        assertThat(first.sequence()).isZero();
        assertThat(second.millisSinceEpoch()).isEqualTo(first.millisSinceEpoch() + 5);
        assertThat(second.sequence()).isZero();
        assertThat(first.time()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
    }

    @Test
    void theClockSteppingBackReordersNothing() {
        List<QueueScore> issued = new ArrayList<>();
        issued.add(generator.next());
        issued.add(generator.next());
        clock.millis.addAndGet(-60_000); // an NTP step or a fail-over to a host whose clock is behind
        issued.add(generator.next());
        issued.add(generator.next());
        clock.millis.addAndGet(120_000);
        issued.add(generator.next());

        for (int i = 1; i < issued.size(); i++) {
            assertThat(issued.get(i)).isGreaterThan(issued.get(i - 1));
        }
        // while the clock is behind, scores go on from the last one issued
        assertThat(issued.get(2).encode()).isEqualTo(issued.get(1).encode() + 1);
    }

    @Test
    void aFullMillisecondSpillsIntoTheNextInsteadOfWrapping() {
        QueueScore first = generator.next();
        QueueScore last = first;
        for (int i = 0; i < QueueScore.MAX_SEQUENCE; i++) {
            last = generator.next();
        }
        assertThat(last.millisSinceEpoch()).isEqualTo(first.millisSinceEpoch());
        assertThat(last.sequence()).isEqualTo(QueueScore.MAX_SEQUENCE);

        QueueScore spilled = generator.next();
        assertThat(spilled).isGreaterThan(last);
        assertThat(spilled.millisSinceEpoch()).isEqualTo(first.millisSinceEpoch() + 1);
        assertThat(spilled.sequence()).isZero();
    }

    @Test
    void concurrentCallersNeverShareAScore() throws Exception {
        int threads = 8;
        int perThread = 50_000;
        ConcurrentLinkedQueue<Long> all = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long previous = -1;
                List<Long> mine = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    long next = generator.nextEncoded();
                    if (next <= previous) {
                        throw new AssertionError("not increasing within one thread");
                    }
                    previous = next;
                    mine.add(next);
                    if (i % 500 == 0) {
                        clock.millis.addAndGet(i % 1000 == 0 ? 1 : -1);
                    }
                }
                all.addAll(mine);
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
    }
}
