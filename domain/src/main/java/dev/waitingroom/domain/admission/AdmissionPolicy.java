package dev.waitingroom.domain.admission;

import java.time.Duration;
import java.util.Objects;

/**
 * How an event lets people in.
 *
 * @param ratePerSecond how many people may enter per second, across every gateway instance together
 * @param maxActive     how many admission windows may be open at once
 * @param entryTtl      how long an admitted person has to use the window
 * @param abandonAfter  how long an entry may stay silent (no join, no status call) before it is dropped
 * @param paused        nobody is admitted while paused; a new event starts paused until the sale opens
 */
public record AdmissionPolicy(double ratePerSecond, int maxActive, Duration entryTtl, Duration abandonAfter, boolean paused) {

    public static final double MIN_RATE = 0.1;
    public static final double MAX_RATE = 100_000;
    public static final int MAX_OF_MAX_ACTIVE = 10_000_000;
    public static final long MIN_SECONDS = 10;
    public static final long MAX_SECONDS = 86_400;

    /** A new event: ten people a second once opened, and closed until an operator opens it. */
    public static final AdmissionPolicy DEFAULT =
            new AdmissionPolicy(10, 10_000, Duration.ofSeconds(600), Duration.ofSeconds(120), true);

    public AdmissionPolicy {
        Objects.requireNonNull(entryTtl, "entryTtl");
        Objects.requireNonNull(abandonAfter, "abandonAfter");
        if (!(ratePerSecond >= MIN_RATE && ratePerSecond <= MAX_RATE)) {
            throw new IllegalArgumentException("admission_rate_per_sec must be between " + MIN_RATE + " and " + (long) MAX_RATE);
        }
        if (maxActive < 1 || maxActive > MAX_OF_MAX_ACTIVE) {
            throw new IllegalArgumentException("max_active must be between 1 and " + MAX_OF_MAX_ACTIVE);
        }
        requireSeconds("entry_ttl_sec", entryTtl);
        requireSeconds("abandon_after_sec", abandonAfter);
    }

    private static void requireSeconds(String name, Duration value) {
        if (value.toMillis() % 1000 != 0 || value.toSeconds() < MIN_SECONDS || value.toSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException(name + " must be whole seconds between " + MIN_SECONDS + " and " + MAX_SECONDS);
        }
    }

    /** The most the bucket holds: one second's worth, and at least one person so that slow rates admit anyone. */
    public double burst() {
        return Math.max(1, ratePerSecond);
    }

    public AdmissionPolicy withPaused(boolean paused) {
        return new AdmissionPolicy(ratePerSecond, maxActive, entryTtl, abandonAfter, paused);
    }
}
