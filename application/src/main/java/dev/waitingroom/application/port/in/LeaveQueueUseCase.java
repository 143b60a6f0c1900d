package dev.waitingroom.application.port.in;

public interface LeaveQueueUseCase {

    /** Leaves the queue. Leaving twice, or with a token that is gone, is not an error. */
    LeaveQueueResult leave(LeaveQueueCommand command);
}
