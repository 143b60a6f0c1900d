package dev.waitingroom.domain.log;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change in a person's log.
 *
 * @param id       the entry's place in the log, which is also the cursor to read on after it
 * @param ticketId the ticket id of the entry the change concerns (one person may have several entries)
 * @param at       when the change happened, by the store's clock
 * @param details  what the change concerns, by the names {@link LogEntryType} gives; never null
 */
public record LogEntry(LogCursor id, LogEntryType type, String ticketId, Instant at, Map<String, String> details) {

    public LogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(at, "at");
        details = Map.copyOf(details);
    }
}
