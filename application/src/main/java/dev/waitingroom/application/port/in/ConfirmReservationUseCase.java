package dev.waitingroom.application.port.in;

public interface ConfirmReservationUseCase {

    ConfirmReservationResult confirm(ConfirmReservationCommand command);
}
