package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import java.util.List;
import java.util.Optional;

/** The event catalogue, each call timed. */
final class TimedEventCatalogue implements EventCatalogue {

    private final EventCatalogue catalogue;
    private final StoreCallTimers.Operation save;
    private final StoreCallTimers.Operation find;
    private final StoreCallTimers.Operation events;

    TimedEventCatalogue(EventCatalogue catalogue, StoreCallTimers timers) {
        this.catalogue = catalogue;
        this.save = timers.operation("save_event");
        this.find = timers.operation("find_event");
        this.events = timers.operation("list_events");
    }

    @Override
    public EventSettings save(EventSettings settings) {
        return save.time(() -> catalogue.save(settings));
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        return find.time(() -> catalogue.find(eventId));
    }

    @Override
    public List<EventId> events() {
        return events.time(catalogue::events);
    }
}
