package dev.waitingroom.acceptance;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for the waiting room: a check repeated until it holds or a deadline passes, never a bare
 * sleep followed by an assertion. The pause between two tries is the only sleep.
 */
final class Pause {

    private Pause() {
    }

    /**
     * Asks {@code probe} every {@code every} until {@code done} holds for its answer, and returns that answer.
     *
     * @throws AssertionError naming {@code what} and the last answer when the deadline passed first
     */
    static <T> T until(long deadlineNanos, Duration every, Supplier<T> probe, Predicate<T> done, String what) {
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError("waited in vain for " + what + "; the last answer: " + answer);
            }
            millis(every.toMillis());
        }
    }

    static long deadlineIn(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
