package dev.waitingroom.domain.log;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in a person's log: {@code <store time in unix ms>-<sequence>}, the form of a Redis stream id,
 * so that a reader can pass it to {@code XREAD} too. Ordered by time, then sequence.
 */
public record LogCursor(long millis, long sequence) implements Comparable<LogCursor> {

    private static final Pattern FORM = Pattern.compile("\\d{1,19}-\\d{1,19}");

    public LogCursor {
        if (millis < 0 || sequence < 0) {
            throw new IllegalArgumentException("a log cursor is two non-negative numbers");
        }
    }

    /** The cursor a client sent back, or empty when it cannot be one. */
    public static Optional<LogCursor> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        int dash = text.indexOf('-');
        try {
            return Optional.of(new LogCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1))));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(LogCursor other) {
        int byTime = Long.compare(millis, other.millis);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return millis + "-" + sequence;
    }
}
