package dev.waitingroom.domain.admission;

import java.util.OptionalDouble;

/**
 * The admission rate as measured, never as configured: admissions per second over the last
 * {@value #WINDOW_SECONDS} seconds of store time, or over the time since admission started when that
 * is shorter. Admission "starts" at the first admission after a full window without any.
 * Admissions are counted per whole second of store time.
 */
public final class MeasuredRate {

    public static final int WINDOW_SECONDS = 60;

    private MeasuredRate() {
    }

    /**
     * @param admittedInWindow admissions in the seconds {@code (now - 60 s, now]}
     * @param sinceMillis      when admission started (see above)
     * @return empty when nobody was admitted in the window: no honest rate exists
     */
    public static OptionalDouble of(long admittedInWindow, long sinceMillis, long nowMillis) {
        if (admittedInWindow <= 0) {
            return OptionalDouble.empty();
        }
        double span = Math.min(WINDOW_SECONDS, Math.max(1.0, (nowMillis - sinceMillis) / 1000.0));
        return OptionalDouble.of(admittedInWindow / span);
    }

    /** Whether a count of {@code second} (a whole unix second) is still inside the window at {@code nowMillis}. */
    public static boolean inWindow(long second, long nowMillis) {
        return second > Math.floorDiv(nowMillis, 1000) - WINDOW_SECONDS;
    }
}
