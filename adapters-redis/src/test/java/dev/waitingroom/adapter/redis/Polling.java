package dev.waitingroom.adapter.redis;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting for a Redis set-up to settle: ask again and again until it is as wanted or the deadline passes. */
final class Polling {

    private static final long PAUSE_MILLIS = 25;

    private Polling() {
    }

    /**
     * Returns once {@code problem} answers null; its last non-null answer says what was still wrong when
     * {@code deadline} passed.
     */
    static void await(String what, Duration deadline, Supplier<String> problem) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            String wrong = problem.get();
            if (wrong == null) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException(what + " not within " + deadline.toMillis() + " ms: " + wrong);
            }
            RedisServerProcess.sleep(PAUSE_MILLIS);
        }
    }
}
