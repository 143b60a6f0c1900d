package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.Optional;

/** Events and their settings, one hash per event; its existence is what lets people join. */
public final class RedisEventCatalogue implements EventCatalogue {

    static final String MAX_ENTRIES_PER_USER = "max_entries_per_user";

    private final RedisConnection connection;

    public RedisEventCatalogue(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public EventSettings save(EventSettings settings) {
        String key = RedisKeys.of(settings.eventId()).event();
        String limit = Integer.toString(settings.queuePolicy().maxEntriesPerUser());
        connection.call(redis -> redis.hset(key, MAX_ENTRIES_PER_USER, limit));
        return settings;
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        String key = RedisKeys.of(eventId).event();
        String limit = connection.call(redis -> redis.hget(key, MAX_ENTRIES_PER_USER));
        if (limit == null) {
            return Optional.empty();
        }
        return Optional.of(new EventSettings(eventId, new QueuePolicy(Integer.parseInt(limit))));
    }
}
