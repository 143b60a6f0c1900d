package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.HoldSeatsCommand;
import dev.waitingroom.application.port.in.HoldSeatsResult;
import dev.waitingroom.application.port.in.HoldSeatsUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** {@code waitingroom_holds_total{result}}: every hold asked for, by what became of it. */
final class CountedHolds implements HoldSeatsUseCase {

    static final String NAME = "waitingroom.holds";

    private final HoldSeatsUseCase holds;
    private final Outcomes outcomes;

    CountedHolds(HoldSeatsUseCase holds, MeterRegistry registry) {
        this.holds = holds;
        this.outcomes = new Outcomes(registry, NAME, "Seat holds asked for, by result", List.of("held", "window_closed",
                "too_many_seats", "unknown_seats", "hold_exists", "sold_out", "seats_unavailable", Outcomes.FAILED));
    }

    @Override
    public HoldSeatsResult hold(HoldSeatsCommand command) {
        HoldSeatsResult result;
        try {
            result = holds.hold(command);
        } catch (RuntimeException e) {
            outcomes.count(Outcomes.FAILED);
            throw e;
        }
        outcomes.count(resultOf(result));
        return result;
    }

    // a new kind of result does not compile until it has its label here
    private static String resultOf(HoldSeatsResult result) {
        return switch (result) {
            case HoldSeatsResult.Held held -> "held";
            case HoldSeatsResult.WindowClosed closed -> "window_closed";
            case HoldSeatsResult.TooManySeats tooMany -> "too_many_seats";
            case HoldSeatsResult.UnknownSeats unknown -> "unknown_seats";
            case HoldSeatsResult.HoldExists exists -> "hold_exists";
            case HoldSeatsResult.SoldOut soldOut -> "sold_out";
            case HoldSeatsResult.SeatsUnavailable taken -> "seats_unavailable";
        };
    }
}
