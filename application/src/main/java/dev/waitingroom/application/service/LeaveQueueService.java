package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.WaitingToken;

public final class LeaveQueueService implements LeaveQueueUseCase {

    private final QueueStore queueStore;

    public LeaveQueueService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public void leave(LeaveQueueCommand command) {
        WaitingToken.parse(command.waitingToken()).ifPresent(queueStore::leave);
    }
}
