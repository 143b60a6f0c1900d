package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import java.util.Objects;
import java.util.Optional;

/** One page of a user's log in an event, for support staff: oldest first, after the cursor. */
public record ReadUserLogQuery(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {

    public ReadUserLogQuery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
    }
}
