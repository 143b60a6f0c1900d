package dev.waitingroom.domain.log;

import java.util.List;
import java.util.Optional;

/**
 * Part of a person's log, oldest first.
 *
 * @param next where the following page starts (read after it), or empty when this page reached the end
 */
public record LogPage(List<LogEntry> entries, Optional<LogCursor> next) {

    public static final LogPage EMPTY = new LogPage(List.of(), Optional.empty());

    public LogPage {
        entries = List.copyOf(entries);
    }
}
