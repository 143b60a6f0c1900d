package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.admission.MeasuredRate;
import java.util.OptionalDouble;

/** Admissions per whole second of store time over the last minute, for the measured rate. Not thread-safe. */
final class PaceCounter {

    private final long[] seconds = new long[MeasuredRate.WINDOW_SECONDS];
    private final long[] counts = new long[MeasuredRate.WINDOW_SECONDS];
    private long sinceMillis;
    private OptionalDouble rate = OptionalDouble.empty();

    void record(long admitted, long nowMillis) {
        if (admitted <= 0) {
            return;
        }
        if (inWindow(nowMillis) == 0) {
            sinceMillis = nowMillis; // admission (re)starts after a minute without any
        }
        long second = Math.floorDiv(nowMillis, 1000);
        int slot = (int) Math.floorMod(second, (long) seconds.length);
        if (seconds[slot] != second) {
            seconds[slot] = second;
            counts[slot] = 0;
        }
        counts[slot] += admitted;
    }

    /** Measures the rate now and keeps it for the readings until the next step. */
    OptionalDouble measure(long nowMillis) {
        rate = MeasuredRate.of(inWindow(nowMillis), sinceMillis, nowMillis);
        return rate;
    }

    /** The rate as of the last step. */
    OptionalDouble lastMeasured() {
        return rate;
    }

    private long inWindow(long nowMillis) {
        long sum = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (counts[i] > 0 && MeasuredRate.inWindow(seconds[i], nowMillis) && seconds[i] <= Math.floorDiv(nowMillis, 1000)) {
                sum += counts[i];
            }
        }
        return sum;
    }
}
