package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.CancelReservationCommand;
import dev.waitingroom.application.port.in.CancelReservationResult;
import dev.waitingroom.application.port.in.CancelReservationUseCase;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.seat.CancelOutcome;

public final class CancelReservationService implements CancelReservationUseCase {

    private final SeatLedger seatLedger;

    public CancelReservationService(SeatLedger seatLedger) {
        this.seatLedger = seatLedger;
    }

    @Override
    public CancelReservationResult cancel(CancelReservationCommand command) {
        return switch (seatLedger.cancel(command.eventId(), command.reservationId(), command.holder())) {
            case CancelOutcome.Cancelled cancelled -> new CancelReservationResult.Cancelled(cancelled.reservation());
            case CancelOutcome.AlreadyConfirmed confirmed -> new CancelReservationResult.AlreadyConfirmed();
            case CancelOutcome.Expired expired -> new CancelReservationResult.Expired();
            case CancelOutcome.NotFound notFound -> new CancelReservationResult.NotFound();
        };
    }
}
