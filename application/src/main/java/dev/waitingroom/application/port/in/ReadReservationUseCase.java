package dev.waitingroom.application.port.in;

public interface ReadReservationUseCase {

    ReadReservationResult read(ReadReservationQuery query);
}
