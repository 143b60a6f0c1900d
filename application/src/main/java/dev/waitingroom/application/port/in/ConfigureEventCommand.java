package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Create an event or change its settings. A setting left empty keeps its current value, or takes the
 * default when the event is new, so an update never resets what it did not mention.
 */
public record ConfigureEventCommand(EventId eventId, Optional<QueuePolicy> queuePolicy) {

    public ConfigureEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
    }
}
