package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ConfirmReservationCommand;
import dev.waitingroom.application.port.in.ConfirmReservationResult;
import dev.waitingroom.application.port.in.ConfirmReservationUseCase;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.seat.ConfirmOutcome;

public final class ConfirmReservationService implements ConfirmReservationUseCase {

    private final SeatLedger seatLedger;

    public ConfirmReservationService(SeatLedger seatLedger) {
        this.seatLedger = seatLedger;
    }

    @Override
    public ConfirmReservationResult confirm(ConfirmReservationCommand command) {
        return switch (seatLedger.confirm(command.eventId(), command.reservationId(), command.holder())) {
            case ConfirmOutcome.Confirmed confirmed -> new ConfirmReservationResult.Confirmed(confirmed.reservation());
            case ConfirmOutcome.Expired expired -> new ConfirmReservationResult.Expired();
            case ConfirmOutcome.AlreadyCancelled cancelled -> new ConfirmReservationResult.AlreadyCancelled();
            case ConfirmOutcome.WindowClosed closed -> new ConfirmReservationResult.WindowClosed();
            case ConfirmOutcome.NotFound notFound -> new ConfirmReservationResult.NotFound();
        };
    }
}
