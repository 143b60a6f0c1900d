package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;

public final class ConfigureEventService implements ConfigureEventUseCase {

    private final EventCatalogue eventCatalogue;

    public ConfigureEventService(EventCatalogue eventCatalogue) {
        this.eventCatalogue = eventCatalogue;
    }

    /** @throws IllegalArgumentException when a setting is out of its range */
    @Override
    public EventSettings configure(ConfigureEventCommand command) {
        QueuePolicy current = eventCatalogue.find(command.eventId())
                .map(EventSettings::queuePolicy)
                .orElse(QueuePolicy.DEFAULT);
        QueuePolicy policy = command.maxEntriesPerUser().isPresent()
                ? new QueuePolicy(command.maxEntriesPerUser().getAsInt())
                : current;
        return eventCatalogue.save(new EventSettings(command.eventId(), policy));
    }
}
