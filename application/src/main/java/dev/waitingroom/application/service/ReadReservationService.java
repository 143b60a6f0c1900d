package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ReadReservationQuery;
import dev.waitingroom.application.port.in.ReadReservationResult;
import dev.waitingroom.application.port.in.ReadReservationUseCase;
import dev.waitingroom.domain.port.SeatLedger;

public final class ReadReservationService implements ReadReservationUseCase {

    private final SeatLedger seatLedger;

    public ReadReservationService(SeatLedger seatLedger) {
        this.seatLedger = seatLedger;
    }

    @Override
    public ReadReservationResult read(ReadReservationQuery query) {
        return seatLedger.reservation(query.eventId(), query.reservationId(), query.holder())
                .<ReadReservationResult>map(ReadReservationResult.Found::new)
                .orElseGet(ReadReservationResult.NotFound::new);
    }
}
