package dev.waitingroom.domain.queue;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues strictly increasing scores for one queue from a clock.
 *
 * <p>Each score is the later of "now" and "the previous score plus one". So when the clock steps back
 * the queue keeps its order (scores go on from the last one), and when 4096 scores are taken in one
 * millisecond the sequence spills into the next millisecond instead of wrapping. The Redis join
 * script applies the same rule with the server's clock.
 */
public final class QueueScoreGenerator {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong(-1);

    public QueueScoreGenerator(Clock clock) {
        this.clock = clock;
    }

    public QueueScore next() {
        return QueueScore.decode(nextEncoded());
    }

    public long nextEncoded() {
        long floor = QueueScore.floorOf(clock.millis());
        long issued = last.accumulateAndGet(floor, (previous, now) -> Math.max(previous + 1, now));
        if (issued > QueueScore.MAX_ENCODED) {
            throw new IllegalStateException("queue scores exhausted");
        }
        return issued;
    }
}
