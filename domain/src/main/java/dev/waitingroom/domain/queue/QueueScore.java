package dev.waitingroom.domain.queue;

import java.time.Instant;

/**
 * A place in an event's queue: the store's time in milliseconds since {@link #EPOCH}, plus a
 * sequence within that millisecond.
 *
 * <p>Encoded as {@code millis << 12 | sequence}. With 41 bits of milliseconds (until 2094) and 12
 * bits of sequence every encoded score stays below 2^53, so a Redis sorted-set score (a double)
 * holds it exactly and equal scores never come back from a rounding.
 */
public record QueueScore(long millisSinceEpoch, int sequence) implements Comparable<QueueScore> {

    /** 2025-01-01T00:00:00Z. Fixed forever: changing it reorders every stored queue. */
    public static final long EPOCH_UNIX_MILLIS = 1_735_689_600_000L;
    public static final Instant EPOCH = Instant.ofEpochMilli(EPOCH_UNIX_MILLIS);

    public static final int SEQUENCE_BITS = 12;
    public static final int MAX_SEQUENCE = (1 << SEQUENCE_BITS) - 1;
    public static final int MILLIS_BITS = 41;
    public static final long MAX_MILLIS = (1L << MILLIS_BITS) - 1;
    /** The largest encoded score: 2^53 - 1, the last integer a double represents exactly. */
    public static final long MAX_ENCODED = (1L << (MILLIS_BITS + SEQUENCE_BITS)) - 1;

    public QueueScore {
        if (millisSinceEpoch < 0 || millisSinceEpoch > MAX_MILLIS) {
            throw new IllegalArgumentException("millisSinceEpoch out of range: " + millisSinceEpoch);
        }
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    /** The first score of the millisecond that holds {@code unixMillis}; times before the epoch clamp to it. */
    public static long floorOf(long unixMillis) {
        long millis = Math.max(0, unixMillis - EPOCH_UNIX_MILLIS);
        if (millis > MAX_MILLIS) {
            throw new IllegalStateException("clock is past the last representable score: " + unixMillis);
        }
        return millis << SEQUENCE_BITS;
    }

    public long encode() {
        return (millisSinceEpoch << SEQUENCE_BITS) | sequence;
    }

    /** The score as Redis stores it. Exact, because {@link #encode()} is below 2^53. */
    public double toDouble() {
        return encode();
    }

    public static QueueScore decode(long encoded) {
        if (encoded < 0 || encoded > MAX_ENCODED) {
            throw new IllegalArgumentException("not a queue score: " + encoded);
        }
        return new QueueScore(encoded >>> SEQUENCE_BITS, (int) (encoded & MAX_SEQUENCE));
    }

    public static QueueScore decode(double encoded) {
        long asLong = (long) encoded;
        if (asLong != encoded) {
            throw new IllegalArgumentException("not a queue score: " + encoded);
        }
        return decode(asLong);
    }

    /** The store time at which this score was issued (sequence spill-over may put it a few ms ahead). */
    public Instant time() {
        return Instant.ofEpochMilli(EPOCH_UNIX_MILLIS + millisSinceEpoch);
    }

    @Override
    public int compareTo(QueueScore other) {
        return Long.compare(encode(), other.encode());
    }
}
