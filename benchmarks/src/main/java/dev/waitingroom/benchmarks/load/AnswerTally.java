package dev.waitingroom.benchmarks.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one load phase saw: every answer by HTTP status, the connections that failed, and the
 * latencies in microseconds. One tally per recording thread, merged at the end, so recording takes no lock.
 * A phase counts one status as success (202 for a join, 200 for a status call); every other answer is not.
 */
final class AnswerTally {

    /** Up to a minute, three significant digits. */
    private static final long HIGHEST_MICROS = 60_000_000L;

    private final Histogram latencyMicros = new Histogram(HIGHEST_MICROS, 3);
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private final int success;
    private long failures;

    /** @param success the status that counts as done, e.g. 202 for a join */
    AnswerTally(int success) {
        this.success = success;
    }

    void answered(int status, long latencyNanos) {
        statuses.merge(status, 1L, Long::sum);
        record(latencyNanos);
    }

    /** A request that got no HTTP answer (connection refused, reset, timed out). Its wait still counts. */
    void failed(long latencyNanos) {
        failures++;
        record(latencyNanos);
    }

    private void record(long latencyNanos) {
        latencyMicros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, latencyNanos / 1_000)));
    }

    void add(AnswerTally other) {
        latencyMicros.add(other.latencyMicros);
        other.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
        failures += other.failures;
    }

    long succeeded() {
        return statuses.getOrDefault(success, 0L);
    }

    long notSucceeded() {
        return total() - succeeded();
    }

    long total() {
        return latencyMicros.getTotalCount();
    }

    double succeededPerSecond(Duration elapsed) {
        return succeeded() / (elapsed.toNanos() / 1e9);
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return latencyMicros.getMaxValue() / 1_000.0;
    }

    /** e.g. {@code 202=1234 429=2 no-answer=1}. */
    String answers() {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, count) -> text.append(status).append('=').append(count).append(' '));
        if (failures > 0) {
            text.append("no-answer=").append(failures);
        }
        return text.toString().trim();
    }
}
