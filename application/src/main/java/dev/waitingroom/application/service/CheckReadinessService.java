package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.domain.port.QueueStore;

public final class CheckReadinessService implements CheckReadinessUseCase {

    private final QueueStore queueStore;

    public CheckReadinessService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public boolean isReady() {
        return queueStore.isReachable();
    }
}
