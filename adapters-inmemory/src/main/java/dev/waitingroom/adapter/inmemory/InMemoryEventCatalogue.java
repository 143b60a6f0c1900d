package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The events of this process and their settings: the one owner of event settings in memory. */
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

    @Override
    public List<EventId> events() {
        return List.copyOf(events.keySet());
    }
}
