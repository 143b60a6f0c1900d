package dev.waitingroom.application.port.in;

/** What asking to enter gave. */
public sealed interface EnterQueueResult {

    /**
     * Admitted: the signed pass, the same one on every call for the same window.
     *
     * @param ttlSeconds what is left of the window, rounded up
     */
    record Granted(String pass, long ttlSeconds) implements EnterQueueResult {
    }

    record NotReady(long position) implements EnterQueueResult {
    }

    record TokenExpired() implements EnterQueueResult {
    }

    record TokenNotFound() implements EnterQueueResult {
    }
}
