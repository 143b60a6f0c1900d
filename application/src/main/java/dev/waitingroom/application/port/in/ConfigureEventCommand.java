package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.Objects;

public record ConfigureEventCommand(EventId eventId, QueuePolicy queuePolicy) {

    public ConfigureEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
    }
}
