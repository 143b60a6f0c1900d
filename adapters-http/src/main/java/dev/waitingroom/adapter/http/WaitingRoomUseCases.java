package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import java.util.Objects;

/** The use cases the HTTP API drives. */
public record WaitingRoomUseCases(
        JoinQueueUseCase joinQueue,
        QueueStatusUseCase queueStatus,
        LeaveQueueUseCase leaveQueue,
        ConfigureEventUseCase configureEvent,
        EventStatsUseCase eventStats,
        CheckReadinessUseCase readiness) {

    public WaitingRoomUseCases {
        Objects.requireNonNull(joinQueue, "joinQueue");
        Objects.requireNonNull(queueStatus, "queueStatus");
        Objects.requireNonNull(leaveQueue, "leaveQueue");
        Objects.requireNonNull(configureEvent, "configureEvent");
        Objects.requireNonNull(eventStats, "eventStats");
        Objects.requireNonNull(readiness, "readiness");
    }
}
