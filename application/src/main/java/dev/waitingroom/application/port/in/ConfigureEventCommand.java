package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import java.util.Objects;

/**
 * Create an event or change its settings. What the change leaves empty keeps its current value, or takes
 * the default when the event is new (a new event starts paused), so an update never resets what it did
 * not mention.
 */
public record ConfigureEventCommand(EventId eventId, EventSettingsChange change) {

    public ConfigureEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(change, "change");
    }
}
