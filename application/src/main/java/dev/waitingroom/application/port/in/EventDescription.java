package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.queue.EventId;
import java.util.Objects;

public sealed interface EventDescription {

    /**
     * The public part of an event's settings, what anyone may read: the page's texts, whether the sale is
     * paused, and how many seats one hold may take. The rest (rates, limits, log bounds) stays the operator's.
     */
    record Found(EventId eventId, EventDisplay display, boolean paused, int maxSeatsPerHold) implements EventDescription {

        public Found {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(display, "display");
        }
    }

    record EventNotFound(EventId eventId) implements EventDescription {
    }
}
