package dev.waitingroom.benchmarks;

import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueScoreGenerator;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of issuing and converting queue scores. The seed asks for under 100 ns per operation.
 *
 * <p>Above 4096 scores per millisecond the generator runs ahead of the wall clock (each score is the
 * previous one plus one), so at these rates it measures the contended compare-and-set plus a clock read,
 * which is the worst case a gateway instance could ever see.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueueScoreBenchmark {

    /** One generator shared by every benchmark thread, as one queue is shared by every request. */
    @State(Scope.Benchmark)
    public static class SharedGenerator {
        QueueScoreGenerator generator;

        @Setup
        public void create() {
            generator = new QueueScoreGenerator(Clock.systemUTC());
        }
    }

    /** Non-final fields, so the JIT cannot fold the conversions into constants. */
    @State(Scope.Thread)
    public static class Scores {
        long millisSinceEpoch = 31_536_000_123L;
        int sequence = 42;
        long encoded;

        @Setup
        public void encodeOnce() {
            encoded = new QueueScore(millisSinceEpoch, sequence).encode();
        }
    }

    @Benchmark
    @Threads(1)
    public long nextEncoded(SharedGenerator state) {
        return state.generator.nextEncoded();
    }

    @Benchmark
    @Threads(2)
    public long nextEncodedTwoThreads(SharedGenerator state) {
        return state.generator.nextEncoded();
    }

    @Benchmark
    public long encode(Scores scores) {
        return new QueueScore(scores.millisSinceEpoch, scores.sequence).encode();
    }

    @Benchmark
    public QueueScore decode(Scores scores) {
        return QueueScore.decode(scores.encoded);
    }

    @Benchmark
    public QueueScore decodeFromRedisDouble(Scores scores) {
        return QueueScore.decode((double) scores.encoded);
    }
}
