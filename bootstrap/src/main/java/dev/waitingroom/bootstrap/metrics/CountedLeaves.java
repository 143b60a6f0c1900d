package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueResult;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** {@code waitingroom_leaves_total{result}}: every leave, and whether there was still a place to give up. */
final class CountedLeaves implements LeaveQueueUseCase {

    static final String NAME = "waitingroom.leaves";

    private final LeaveQueueUseCase leaves;
    private final Outcomes outcomes;

    CountedLeaves(LeaveQueueUseCase leaves, MeterRegistry registry) {
        this.leaves = leaves;
        this.outcomes = new Outcomes(registry, NAME, "Leaves, by result", List.of("left", "was_not_waiting", Outcomes.FAILED));
    }

    @Override
    public LeaveQueueResult leave(LeaveQueueCommand command) {
        LeaveQueueResult result;
        try {
            result = leaves.leave(command);
        } catch (RuntimeException e) {
            outcomes.count(Outcomes.FAILED);
            throw e;
        }
        outcomes.count(switch (result) {
            case LeaveQueueResult.Left left -> "left";
            case LeaveQueueResult.WasNotWaiting notWaiting -> "was_not_waiting";
        });
        return result;
    }
}
