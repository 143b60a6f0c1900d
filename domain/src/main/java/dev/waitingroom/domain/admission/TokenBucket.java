package dev.waitingroom.domain.admission;

/**
 * The pacing of admissions: tokens flow in at the event's rate up to its burst, and each admission
 * takes one. The state lives in the store, so every gateway instance draws from the same bucket;
 * the Redis step script applies the same arithmetic.
 *
 * @param tokens   how many may enter now (fractional while refilling)
 * @param atMillis the store time the tokens were counted at
 */
public record TokenBucket(double tokens, long atMillis) {

    /** A bucket that was never used starts full: opening a sale lets the first second's worth in at once. */
    public static TokenBucket full(AdmissionPolicy policy, long nowMillis) {
        return new TokenBucket(policy.burst(), nowMillis);
    }

    /** The bucket at {@code nowMillis}; a clock that stepped back adds nothing. */
    public TokenBucket refilled(AdmissionPolicy policy, long nowMillis) {
        long elapsed = Math.max(0, nowMillis - atMillis);
        double refilled = Math.min(policy.burst(), tokens + elapsed * policy.ratePerSecond() / 1000.0);
        return new TokenBucket(refilled, Math.max(atMillis, nowMillis));
    }

    /** Whole admissions the bucket allows now. */
    public long whole() {
        return (long) Math.floor(tokens);
    }

    public TokenBucket take(long admitted) {
        if (admitted < 0 || admitted > whole()) {
            throw new IllegalArgumentException("cannot take " + admitted + " of " + tokens);
        }
        return new TokenBucket(tokens - admitted, atMillis);
    }

    /**
     * How many to admit in one step: what the bucket allows, capped by the free places under
     * {@code max_active}, by who is waiting, and by the step's batch size.
     */
    public static long admissions(long allowed, long maxActive, long openWindows, long waiting, long batch) {
        return Math.max(0, Math.min(Math.min(allowed, maxActive - openWindows), Math.min(waiting, batch)));
    }
}
