package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventSettings;

public final class ConfigureEventService implements ConfigureEventUseCase {

    private final EventCatalogue eventCatalogue;

    public ConfigureEventService(EventCatalogue eventCatalogue) {
        this.eventCatalogue = eventCatalogue;
    }

    @Override
    public EventSettings configure(ConfigureEventCommand command) {
        return eventCatalogue.save(new EventSettings(command.eventId(), command.queuePolicy()));
    }
}
