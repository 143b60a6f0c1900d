package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.QueueStatus;
import dev.waitingroom.application.port.in.QueueStatusQuery;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.admission.WaitEstimate;
import dev.waitingroom.domain.port.QueueStore;
import java.util.OptionalLong;

public final class QueueStatusService implements QueueStatusUseCase {

    private final QueueStore queueStore;

    public QueueStatusService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public QueueStatus status(QueueStatusQuery query) {
        return switch (queueStore.status(query.token())) {
            case EntryStatus.Waiting waiting -> {
                OptionalLong eta = WaitEstimate.etaSeconds(waiting.position(), waiting.measuredRate(), waiting.paused());
                yield new QueueStatus.Waiting(waiting.position(), waiting.waitingTime().toSeconds(), eta,
                        WaitEstimate.pollAfterSeconds(eta, waiting.abandonAfter()));
            }
            case EntryStatus.Admitted admitted -> new QueueStatus.Ready(admitted.waitingTime().toSeconds(),
                    WaitEstimate.pollAfterSecondsWhenReady(admitted.abandonAfter()));
            case EntryStatus.Expired expired -> new QueueStatus.TokenExpired();
            case EntryStatus.Unknown unknown -> new QueueStatus.TokenNotFound();
        };
    }
}
