package dev.waitingroom.application.port.in;

public interface SeatMapUseCase {

    EventSeats seats(SeatMapQuery query);
}
