package dev.waitingroom.application.port.in;

import java.util.Objects;

/** Every use case the driving adapters may call: what the HTTP API and the acceptance tests are given. */
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
