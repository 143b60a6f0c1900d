package dev.waitingroom.application.port.in;

public interface CancelReservationUseCase {

    CancelReservationResult cancel(CancelReservationCommand command);
}
