package dev.waitingroom.application.port.in;

import java.util.Objects;

/**
 * Every use case the driving adapters may call: what the HTTP API, the background work and the
 * acceptance tests are given. A decorator (metrics, say) replaces the use cases it wraps with a
 * {@code with...} copy, so that adding a use case changes this record and {@code WaitingRoomServices},
 * and no decorator.
 */
public record WaitingRoomUseCases(
        JoinQueueUseCase joinQueue,
        QueueStatusUseCase queueStatus,
        LeaveQueueUseCase leaveQueue,
        EnterQueueUseCase enterQueue,
        AdmitPeopleUseCase admitPeople,
        ConfigureEventUseCase configureEvent,
        EventStatsUseCase eventStats,
        CheckReadinessUseCase readiness) {

    public WaitingRoomUseCases {
        Objects.requireNonNull(joinQueue, "joinQueue");
        Objects.requireNonNull(queueStatus, "queueStatus");
        Objects.requireNonNull(leaveQueue, "leaveQueue");
        Objects.requireNonNull(enterQueue, "enterQueue");
        Objects.requireNonNull(admitPeople, "admitPeople");
        Objects.requireNonNull(configureEvent, "configureEvent");
        Objects.requireNonNull(eventStats, "eventStats");
        Objects.requireNonNull(readiness, "readiness");
    }

    public WaitingRoomUseCases withJoinQueue(JoinQueueUseCase replacement) {
        return new WaitingRoomUseCases(replacement, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness);
    }

    public WaitingRoomUseCases withLeaveQueue(LeaveQueueUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, replacement, enterQueue, admitPeople, configureEvent,
                eventStats, readiness);
    }

    public WaitingRoomUseCases withAdmitPeople(AdmitPeopleUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, replacement, configureEvent,
                eventStats, readiness);
    }
}
