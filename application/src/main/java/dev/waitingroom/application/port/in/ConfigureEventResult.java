package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.event.EventSettings;

/** What configuring an event did. */
public sealed interface ConfigureEventResult {

    /** The event exists with these settings now. */
    record Configured(EventSettings settings) implements ConfigureEventResult {
    }
}
