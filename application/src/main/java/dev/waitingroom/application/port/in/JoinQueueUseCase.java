package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.JoinOutcome;

public interface JoinQueueUseCase {

    JoinOutcome join(JoinQueueCommand command);
}
