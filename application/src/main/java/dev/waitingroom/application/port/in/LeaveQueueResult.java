package dev.waitingroom.application.port.in;

/** Leaving always succeeds; the result tells whether there was still a place to give up. */
public sealed interface LeaveQueueResult {

    record Left() implements LeaveQueueResult {
    }

    record WasNotWaiting() implements LeaveQueueResult {
    }
}
