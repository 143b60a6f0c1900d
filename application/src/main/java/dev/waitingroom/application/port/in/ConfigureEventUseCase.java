package dev.waitingroom.application.port.in;

public interface ConfigureEventUseCase {

    /** Creates the event, or changes the settings the command names. */
    ConfigureEventResult configure(ConfigureEventCommand command);
}
