package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** {@code waitingroom_joins_total{result}}: every join, by what became of it. */
final class CountedJoins implements JoinQueueUseCase {

    static final String NAME = "waitingroom.joins";

    private final JoinQueueUseCase joins;
    private final Outcomes outcomes;

    CountedJoins(JoinQueueUseCase joins, MeterRegistry registry) {
        this.joins = joins;
        this.outcomes = new Outcomes(registry, NAME, "Joins, by result", List.of("joined", "duplicate",
                "idempotency_conflict", "user_limit_reached", "event_not_found", Outcomes.FAILED));
    }

    @Override
    public JoinQueueResult join(JoinQueueCommand command) {
        JoinQueueResult result;
        try {
            result = joins.join(command);
        } catch (RuntimeException e) {
            outcomes.count(Outcomes.FAILED);
            throw e;
        }
        outcomes.count(resultOf(result));
        return result;
    }

    // a new kind of result does not compile until it has its label here
    private static String resultOf(JoinQueueResult result) {
        return switch (result) {
            case JoinQueueResult.Joined joined -> "joined";
            case JoinQueueResult.Duplicate duplicate -> "duplicate";
            case JoinQueueResult.IdempotencyConflict conflict -> "idempotency_conflict";
            case JoinQueueResult.UserLimitReached limit -> "user_limit_reached";
            case JoinQueueResult.EventNotFound missing -> "event_not_found";
        };
    }
}
