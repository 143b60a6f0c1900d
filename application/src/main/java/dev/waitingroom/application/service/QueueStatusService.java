package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.QueueStatus;
import dev.waitingroom.application.port.in.QueueStatusQuery;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import dev.waitingroom.domain.port.QueueStore;
import java.util.OptionalLong;

public final class QueueStatusService implements QueueStatusUseCase {

    private final QueueStore queueStore;

    public QueueStatusService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public QueueStatus status(QueueStatusQuery query) {
        return queueStore.find(query.token())
                .<QueueStatus>map(entry -> new QueueStatus.Waiting(
                        entry.position(),
                        entry.waitingTime().toSeconds(),
                        // No admission rate exists yet, so any estimate would be made up.
                        OptionalLong.empty()))
                .orElseGet(QueueStatus.TokenNotFound::new);
    }
}
