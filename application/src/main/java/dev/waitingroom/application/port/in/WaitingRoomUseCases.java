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
        CheckReadinessUseCase readiness,
        HoldSeatsUseCase holdSeats,
        ReadReservationUseCase readReservation,
        ConfirmReservationUseCase confirmReservation,
        CancelReservationUseCase cancelReservation,
        SeatMapUseCase seatMap,
        ReleaseExpiredHoldsUseCase releaseExpiredHolds,
        ReadUserLogUseCase readUserLog,
        ReadTokenHistoryUseCase readTokenHistory,
        ListFlagsUseCase listFlags,
        ChangeFlagUseCase changeFlag,
        DescribeEventUseCase describeEvent) {

    public WaitingRoomUseCases {
        Objects.requireNonNull(joinQueue, "joinQueue");
        Objects.requireNonNull(queueStatus, "queueStatus");
        Objects.requireNonNull(leaveQueue, "leaveQueue");
        Objects.requireNonNull(enterQueue, "enterQueue");
        Objects.requireNonNull(admitPeople, "admitPeople");
        Objects.requireNonNull(configureEvent, "configureEvent");
        Objects.requireNonNull(eventStats, "eventStats");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(holdSeats, "holdSeats");
        Objects.requireNonNull(readReservation, "readReservation");
        Objects.requireNonNull(confirmReservation, "confirmReservation");
        Objects.requireNonNull(cancelReservation, "cancelReservation");
        Objects.requireNonNull(seatMap, "seatMap");
        Objects.requireNonNull(releaseExpiredHolds, "releaseExpiredHolds");
        Objects.requireNonNull(readUserLog, "readUserLog");
        Objects.requireNonNull(readTokenHistory, "readTokenHistory");
        Objects.requireNonNull(listFlags, "listFlags");
        Objects.requireNonNull(changeFlag, "changeFlag");
        Objects.requireNonNull(describeEvent, "describeEvent");
    }

    public WaitingRoomUseCases withJoinQueue(JoinQueueUseCase replacement) {
        return new WaitingRoomUseCases(replacement, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, holdSeats, readReservation, confirmReservation, cancelReservation, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withLeaveQueue(LeaveQueueUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, replacement, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, holdSeats, readReservation, confirmReservation, cancelReservation, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withAdmitPeople(AdmitPeopleUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, replacement, configureEvent,
                eventStats, readiness, holdSeats, readReservation, confirmReservation, cancelReservation, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withHoldSeats(HoldSeatsUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, replacement, readReservation, confirmReservation, cancelReservation, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withConfirmReservation(ConfirmReservationUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, holdSeats, readReservation, replacement, cancelReservation, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withCancelReservation(CancelReservationUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, holdSeats, readReservation, confirmReservation, replacement, seatMap,
                releaseExpiredHolds, readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }

    public WaitingRoomUseCases withReleaseExpiredHolds(ReleaseExpiredHoldsUseCase replacement) {
        return new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, enterQueue, admitPeople, configureEvent,
                eventStats, readiness, holdSeats, readReservation, confirmReservation, cancelReservation, seatMap, replacement,
                readUserLog, readTokenHistory, listFlags, changeFlag,
                describeEvent);
    }
}
