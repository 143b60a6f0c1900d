package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.queue.EventId;

public sealed interface ReadUserLogResult {

    /** The page; a user without history in the event gets an empty one. */
    record Found(LogPage page) implements ReadUserLogResult {
    }

    record EventNotFound(EventId eventId) implements ReadUserLogResult {
    }
}
