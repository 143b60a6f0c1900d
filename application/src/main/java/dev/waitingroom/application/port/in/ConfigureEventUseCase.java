package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventSettings;

public interface ConfigureEventUseCase {

    /** Creates the event, or replaces its settings. */
    EventSettings configure(ConfigureEventCommand command);
}
