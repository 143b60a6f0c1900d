package dev.waitingroom.domain.seat;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How an event lets admitted people hold seats.
 *
 * @param holdTtl         how long a hold lasts unconfirmed (never past the end of the holder's admission window)
 * @param maxSeatsPerHold how many seats one hold may take
 */
public record SeatPolicy(Duration holdTtl, int maxSeatsPerHold) {

    public static final long MIN_HOLD_SECONDS = 10;
    public static final long MAX_HOLD_SECONDS = 3600;
    public static final int MAX_OF_MAX_SEATS_PER_HOLD = 100;
    /** The most seats one event may have, so that a seat map stays something a page can show. */
    public static final int MAX_SEATS_PER_EVENT = 100_000;

    public static final SeatPolicy DEFAULT = new SeatPolicy(Duration.ofSeconds(300), 8);

    public SeatPolicy {
        Objects.requireNonNull(holdTtl, "holdTtl");
        if (holdTtl.toMillis() % 1000 != 0 || holdTtl.toSeconds() < MIN_HOLD_SECONDS
                || holdTtl.toSeconds() > MAX_HOLD_SECONDS) {
            throw new IllegalArgumentException(
                    "hold_ttl_sec must be whole seconds between " + MIN_HOLD_SECONDS + " and " + MAX_HOLD_SECONDS);
        }
        if (maxSeatsPerHold < 1 || maxSeatsPerHold > MAX_OF_MAX_SEATS_PER_HOLD) {
            throw new IllegalArgumentException("max_seats_per_hold must be between 1 and " + MAX_OF_MAX_SEATS_PER_HOLD);
        }
    }

    /** Rule: one hold takes at most {@code maxSeatsPerHold} seats. */
    public boolean allows(SeatSelection selection) {
        return selection.size() <= maxSeatsPerHold;
    }

    /**
     * Rule: a hold lasts {@code holdTtl}, but never past the end of the admission window behind it: after
     * that its token is no longer valid, so it could never be confirmed and would only keep seats from others.
     */
    public Instant holdEnd(Instant now, Instant windowEnd) {
        Instant end = now.plus(holdTtl);
        return end.isAfter(windowEnd) ? windowEnd : end;
    }
}
