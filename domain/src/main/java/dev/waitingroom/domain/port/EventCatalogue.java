package dev.waitingroom.domain.port;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import java.util.List;
import java.util.Optional;

/** The events that are open for queueing, with their settings. */
public interface EventCatalogue {

    /** Creates the event or replaces its settings. */
    EventSettings save(EventSettings settings);

    Optional<EventSettings> find(EventId eventId);

    /** Every event ever saved, for work that visits each one (never a scan of the store). */
    List<EventId> events();
}
