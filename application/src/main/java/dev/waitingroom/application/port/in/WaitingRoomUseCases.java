package dev.waitingroom.application.port.in;

import java.util.Objects;

/**
 * Every use case the driving adapters may call: what the HTTP API and the acceptance tests are given.
 * A decorator (metrics, say) replaces the use cases it wraps with a {@code with...} copy, so that adding
 * a use case changes this record and {@code WaitingRoomServices}, and no decorator.
 */
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

    public WaitingRoomUseCases withJoinQueue(JoinQueueUseCase replacement) {
        return new WaitingRoomUseCases(replacement, queueStatus, leaveQueue, configureEvent, eventStats, readiness);
    }

    public WaitingRoomUseCases withLeaveQueue(LeaveQueueUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, replacement, configureEvent, eventStats, readiness);
    }
}
