package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import java.util.List;
import java.util.Optional;

/** Events and their settings, one hash per event; its existence is what lets people join. */
public final class RedisEventCatalogue implements EventCatalogue {

    private final RedisConnection connection;
    private final RedisStoreMarker marker;

    public RedisEventCatalogue(RedisConnection connection) {
        this.connection = connection;
        this.marker = new RedisStoreMarker(connection);
    }

    /**
     * Registers the event, then writes its settings: an event is never in the hash without being listed.
     * Configuring an event also marks the store as holding data again after a loss (see {@link RedisStoreHealth}).
     */
    @Override
    public EventSettings save(EventSettings settings) {
        String eventId = settings.eventId().value();
        connection.change(RedisKeys.EVENTS, redis -> redis.sadd(RedisKeys.EVENTS, eventId));
        String event = RedisKeys.of(settings.eventId()).event();
        connection.change(event, redis -> redis.hset(event, EventSettingsHash.fieldsOf(settings)));
        marker.place();
        return settings;
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        String event = RedisKeys.of(eventId).event();
        return EventSettingsHash.read(eventId, connection.call(event, redis -> redis.hgetall(event)));
    }

    @Override
    public List<EventId> events() {
        return connection.call(RedisKeys.EVENTS, redis -> redis.smembers(RedisKeys.EVENTS)).stream()
                .map(EventId::parse)
                .flatMap(Optional::stream)
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .toList();
    }
}
