package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.ConfirmReservationCommand;
import dev.waitingroom.application.port.in.ConfirmReservationResult;
import dev.waitingroom.application.port.in.ConfirmReservationUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * {@code waitingroom_confirms_total{result}}: every confirm, by what became of it (a repeated confirm counts as
 * confirmed).
 */
final class CountedConfirms implements ConfirmReservationUseCase {

    static final String NAME = "waitingroom.confirms";

    private final ConfirmReservationUseCase confirms;
    private final Outcomes outcomes;

    CountedConfirms(ConfirmReservationUseCase confirms, MeterRegistry registry) {
        this.confirms = confirms;
        this.outcomes = new Outcomes(registry, NAME, "Reservation confirms, by result", List.of("confirmed", "expired",
                "already_cancelled", "window_closed", "not_found", Outcomes.FAILED));
    }

    @Override
    public ConfirmReservationResult confirm(ConfirmReservationCommand command) {
        ConfirmReservationResult result;
        try {
            result = confirms.confirm(command);
        } catch (RuntimeException e) {
            outcomes.count(Outcomes.FAILED);
            throw e;
        }
        outcomes.count(switch (result) {
            case ConfirmReservationResult.Confirmed confirmed -> "confirmed";
            case ConfirmReservationResult.Expired expired -> "expired";
            case ConfirmReservationResult.AlreadyCancelled cancelled -> "already_cancelled";
            case ConfirmReservationResult.WindowClosed closed -> "window_closed";
            case ConfirmReservationResult.NotFound notFound -> "not_found";
        });
        return result;
    }
}
