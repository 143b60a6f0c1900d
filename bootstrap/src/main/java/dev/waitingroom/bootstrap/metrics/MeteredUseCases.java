package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The use cases with joins, leaves, holds, confirms and cancels counted by result, and admission and hold
 * expiry rounds counted and timed; the others pass through.
 */
public final class MeteredUseCases {

    private MeteredUseCases() {
    }

    public static WaitingRoomUseCases over(WaitingRoomUseCases useCases, MeterRegistry registry) {
        return useCases
                .withJoinQueue(new CountedJoins(useCases.joinQueue(), registry))
                .withLeaveQueue(new CountedLeaves(useCases.leaveQueue(), registry))
                .withAdmitPeople(new CountedAdmissions(useCases.admitPeople(), registry))
                .withHoldSeats(new CountedHolds(useCases.holdSeats(), registry))
                .withConfirmReservation(new CountedConfirms(useCases.confirmReservation(), registry))
                .withCancelReservation(new CountedCancels(useCases.cancelReservation(), registry))
                .withReleaseExpiredHolds(new CountedExpiries(useCases.releaseExpiredHolds(), registry));
    }
}
