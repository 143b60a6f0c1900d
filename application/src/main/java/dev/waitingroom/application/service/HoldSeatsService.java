package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.HoldSeatsCommand;
import dev.waitingroom.application.port.in.HoldSeatsResult;
import dev.waitingroom.application.port.in.HoldSeatsUseCase;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.ReservationId;
import java.security.SecureRandom;

public final class HoldSeatsService implements HoldSeatsUseCase {

    private final SeatLedger seatLedger;
    private final SecureRandom random;

    public HoldSeatsService(SeatLedger seatLedger, SecureRandom random) {
        this.seatLedger = seatLedger;
        this.random = random;
    }

    @Override
    public HoldSeatsResult hold(HoldSeatsCommand command) {
        // drawn before the ledger decides, as a waiting token is; a refusal simply discards it
        ReservationId id = ReservationId.issue(random);
        return switch (seatLedger.hold(command.eventId(), command.holder(), id, command.seats())) {
            case HoldOutcome.Held held -> new HoldSeatsResult.Held(held.reservation(), held.remaining());
            case HoldOutcome.WindowClosed closed -> new HoldSeatsResult.WindowClosed();
            case HoldOutcome.TooManySeats tooMany -> new HoldSeatsResult.TooManySeats(tooMany.maxSeatsPerHold());
            case HoldOutcome.UnknownSeats unknown -> new HoldSeatsResult.UnknownSeats(unknown.seats());
            case HoldOutcome.HoldExists exists -> new HoldSeatsResult.HoldExists(exists.reservationId());
            case HoldOutcome.SoldOut soldOut -> new HoldSeatsResult.SoldOut();
            case HoldOutcome.SeatsUnavailable taken -> new HoldSeatsResult.SeatsUnavailable(taken.seats());
        };
    }
}
