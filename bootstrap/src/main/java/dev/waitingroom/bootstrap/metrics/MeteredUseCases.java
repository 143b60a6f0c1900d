package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import io.micrometer.core.instrument.MeterRegistry;

/** The use cases with joins and leaves counted by result, and admission rounds counted and timed; the others pass through. */
public final class MeteredUseCases {

    private MeteredUseCases() {
    }

    public static WaitingRoomUseCases over(WaitingRoomUseCases useCases, MeterRegistry registry) {
        return useCases
                .withJoinQueue(new CountedJoins(useCases.joinQueue(), registry))
                .withLeaveQueue(new CountedLeaves(useCases.leaveQueue(), registry))
                .withAdmitPeople(new CountedAdmissions(useCases.admitPeople(), registry));
    }
}
