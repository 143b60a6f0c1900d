package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.EventStats;
import dev.waitingroom.application.port.in.EventStatsQuery;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.domain.port.QueueStore;

public final class EventStatsService implements EventStatsUseCase {

    private final QueueStore queueStore;

    public EventStatsService(QueueStore queueStore) {
        this.queueStore = queueStore;
    }

    @Override
    public EventStats stats(EventStatsQuery query) {
        return queueStore.stats(query.eventId())
                .<EventStats>map(EventStats.Found::new)
                .orElseGet(() -> new EventStats.EventNotFound(query.eventId()));
    }
}
