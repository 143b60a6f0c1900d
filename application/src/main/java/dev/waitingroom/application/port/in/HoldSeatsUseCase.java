package dev.waitingroom.application.port.in;

public interface HoldSeatsUseCase {

    /** Holds every selected seat for the admitted person, or none of them. */
    HoldSeatsResult hold(HoldSeatsCommand command);
}
