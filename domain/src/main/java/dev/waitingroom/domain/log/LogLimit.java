package dev.waitingroom.domain.log;

/** How many log entries one read returns: 1-1000, 100 unless asked. */
public record LogLimit(int value) {

    public static final int MAX = 1000;
    public static final LogLimit DEFAULT = new LogLimit(100);

    public LogLimit {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX);
        }
    }
}
