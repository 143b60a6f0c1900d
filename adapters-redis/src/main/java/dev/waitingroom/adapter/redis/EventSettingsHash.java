package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.Map;
import java.util.Optional;

/**
 * The one class that knows how an event's settings are laid out in its hash ({@link RedisKeys#event()}).
 * Scripts that read a setting are handed its field name from here, so a field is named in one place.
 */
final class EventSettingsHash {

    static final String MAX_ENTRIES_PER_USER = "max_entries_per_user";

    private EventSettingsHash() {
    }

    static Map<String, String> fieldsOf(EventSettings settings) {
        return Map.of(MAX_ENTRIES_PER_USER, Integer.toString(settings.queuePolicy().maxEntriesPerUser()));
    }

    /** The settings in a hash read whole; empty when the hash does not exist (the event was never opened). */
    static Optional<EventSettings> read(EventId eventId, Map<String, String> fields) {
        String limit = fields.get(MAX_ENTRIES_PER_USER);
        if (limit == null) {
            return Optional.empty();
        }
        return Optional.of(new EventSettings(eventId, new QueuePolicy(Integer.parseInt(limit))));
    }
}
