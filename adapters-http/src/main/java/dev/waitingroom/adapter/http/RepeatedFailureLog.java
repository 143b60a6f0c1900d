package dev.waitingroom.adapter.http;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Logs a failure that repeats for every request at most once an interval per kind, and tells on that
 * line how many were left out since the previous one. A Redis outage fails every request the same way:
 * a line each made 23 MB of log in one minute, and buried whatever else happened. Background jobs that
 * keep failing use it too (see bootstrap's {@code BackgroundWork}).
 */
public final class RepeatedFailureLog {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    /** When the next line of one kind may be written, and how many were left out meanwhile. */
    private static final class Window {
        final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong leftOut = new AtomicLong();
    }

    private final System.Logger log;
    private final Clock clock;
    private final long intervalMillis;
    // kinds are failure classes of our code: a handful, never a value from a request
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RepeatedFailureLog(System.Logger log, Clock clock, Duration interval) {
        this.log = log;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    /**
     * Logs the message now if no line of this kind was written within the interval, else only counts it.
     * Lock-free: requests on many virtual threads may fail at once.
     */
    public void log(String kind, Level level, Supplier<String> message, Throwable failure) {
        Window window = windows.computeIfAbsent(kind, any -> new Window());
        long now = clock.millis();
        long next = window.nextLineAt.get();
        // a wall clock set back would otherwise silence the kind for as long as it went back
        boolean due = now >= next || next - now > intervalMillis;
        if (!due || !window.nextLineAt.compareAndSet(next, now + intervalMillis)) {
            window.leftOut.incrementAndGet();
            return;
        }
        long leftOut = window.leftOut.getAndSet(0);
        String repeats = leftOut == 0 ? "" : " (and " + leftOut + " more like it since the last such line)";
        log.log(level, message.get() + repeats, failure);
    }
}
