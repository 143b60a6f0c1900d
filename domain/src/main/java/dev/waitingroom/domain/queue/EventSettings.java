package dev.waitingroom.domain.queue;

import java.util.Objects;

/** What an operator configured for one event. */
public record EventSettings(EventId eventId, QueuePolicy queuePolicy) {

    public EventSettings {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
    }
}
