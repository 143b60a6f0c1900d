package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.CancelReservationCommand;
import dev.waitingroom.application.port.in.CancelReservationResult;
import dev.waitingroom.application.port.in.CancelReservationUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * {@code waitingroom_cancels_total{result}}: every cancel, by what became of it (a repeated cancel counts as
 * cancelled).
 */
final class CountedCancels implements CancelReservationUseCase {

    static final String NAME = "waitingroom.cancels";

    private final CancelReservationUseCase cancels;
    private final Outcomes outcomes;

    CountedCancels(CancelReservationUseCase cancels, MeterRegistry registry) {
        this.cancels = cancels;
        this.outcomes = new Outcomes(registry, NAME, "Reservation cancels, by result", List.of("cancelled",
                "already_confirmed", "expired", "not_found", Outcomes.FAILED));
    }

    @Override
    public CancelReservationResult cancel(CancelReservationCommand command) {
        CancelReservationResult result;
        try {
            result = cancels.cancel(command);
        } catch (RuntimeException e) {
            outcomes.count(Outcomes.FAILED);
            throw e;
        }
        outcomes.count(switch (result) {
            case CancelReservationResult.Cancelled cancelled -> "cancelled";
            case CancelReservationResult.AlreadyConfirmed confirmed -> "already_confirmed";
            case CancelReservationResult.Expired expired -> "expired";
            case CancelReservationResult.NotFound notFound -> "not_found";
        });
        return result;
    }
}
