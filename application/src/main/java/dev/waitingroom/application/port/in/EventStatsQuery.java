package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import java.util.Objects;

public record EventStatsQuery(EventId eventId) {

    public EventStatsQuery {
        Objects.requireNonNull(eventId, "eventId");
    }
}
