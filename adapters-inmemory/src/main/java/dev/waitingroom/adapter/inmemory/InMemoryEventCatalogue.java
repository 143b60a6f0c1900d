package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public final class InMemoryEventCatalogue implements EventCatalogue {

    private final ConcurrentMap<EventId, EventSettings> events = new ConcurrentHashMap<>();

    @Override
    public EventSettings save(EventSettings settings) {
        events.put(settings.eventId(), settings);
        return settings;
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        return Optional.ofNullable(events.get(eventId));
    }
}
