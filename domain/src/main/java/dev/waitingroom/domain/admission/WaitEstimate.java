package dev.waitingroom.domain.admission;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** What a waiting person is told about the wait: an honest ETA, and when to ask again. */
public final class WaitEstimate {

    static final long MAX_POLL_SECONDS = 30;
    /** A client that follows the pacing asks at least this many times before it could be dropped. */
    static final long POLLS_PER_ABANDON_TIME = 3;
    /** Near the head, more often: about this many polls before the person's turn. */
    static final long POLLS_BEFORE_TURN = 4;

    private WaitEstimate() {
    }

    /**
     * Seconds until admission at the measured rate, rounded up; empty while paused or while no rate has
     * been measured, because any number then would be made up.
     */
    public static OptionalLong etaSeconds(long position, OptionalDouble measuredRate, boolean paused) {
        if (paused || measuredRate.isEmpty() || measuredRate.getAsDouble() <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil(position / measuredRate.getAsDouble()));
    }

    /**
     * When a waiting client should poll again: sooner near the head, never more than 30 s, never less
     * than 1 s, and always well within the time after which silence drops the entry.
     */
    public static long pollAfterSeconds(OptionalLong etaSeconds, Duration abandonAfter) {
        long ceiling = ceiling(abandonAfter);
        if (etaSeconds.isEmpty()) {
            return ceiling;
        }
        long sooner = (etaSeconds.getAsLong() + POLLS_BEFORE_TURN - 1) / POLLS_BEFORE_TURN;
        return Math.max(1, Math.min(ceiling, sooner));
    }

    /** An admitted person needs no pacing of the queue; they are asked back at the slowest safe pace. */
    public static long pollAfterSecondsWhenReady(Duration abandonAfter) {
        return ceiling(abandonAfter);
    }

    private static long ceiling(Duration abandonAfter) {
        return Math.max(1, Math.min(MAX_POLL_SECONDS, abandonAfter.toSeconds() / POLLS_PER_ABANDON_TIME));
    }
}
