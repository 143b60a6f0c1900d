package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueResult;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.domain.port.QueueStore;

public final class LeaveQueueService implements LeaveQueueUseCase {

    private final QueueStore queueStore;

    public LeaveQueueService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public LeaveQueueResult leave(LeaveQueueCommand command) {
        return queueStore.leave(command.token()) ? new LeaveQueueResult.Left() : new LeaveQueueResult.WasNotWaiting();
    }
}
