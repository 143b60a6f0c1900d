package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;

public final class ConfigureEventService implements ConfigureEventUseCase {

    private final EventCatalogue eventCatalogue;

    public ConfigureEventService(EventCatalogue eventCatalogue) {
        this.eventCatalogue = eventCatalogue;
    }

    @Override
    public ConfigureEventResult configure(ConfigureEventCommand command) {
        EventSettings current = eventCatalogue.find(command.eventId())
                .orElseGet(() -> new EventSettings(command.eventId(), QueuePolicy.DEFAULT));
        return new ConfigureEventResult.Configured(eventCatalogue.save(command.change().applyTo(current)));
    }
}
