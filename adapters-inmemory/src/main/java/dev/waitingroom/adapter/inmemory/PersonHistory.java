package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One person's log in one event: the newest entries, at most the event's {@code log_max_entries}, each with
 * an id as Redis gives a stream entry, and the time it is forgotten. Not thread-safe: the event's lock
 * guards it ({@link EventLogs}).
 */
final class PersonHistory {

    private final TreeMap<LogCursor, LogEntry> entries = new TreeMap<>();
    private LogCursor lastId;
    private long forgottenAtMillis;

    /** Appends a change at {@code now}, keeps only the newest entries, and keeps the log {@code ttl} from now. */
    void append(LogEntryType type, String ticketId, Map<String, String> details, long now, LogPolicy policy) {
        LogCursor id = nextId(now);
        entries.put(id, new LogEntry(id, type, ticketId, Instant.ofEpochMilli(now), details));
        while (entries.size() > policy.maxEntries()) {
            entries.pollFirstEntry();
        }
        lastId = id;
        forgottenAtMillis = now + policy.ttl().toMillis();
    }

    /** As {@code XADD *}: the store's time, or the next sequence of the last id when the clock has not passed it. */
    private LogCursor nextId(long now) {
        if (lastId == null || now > lastId.millis()) {
            return new LogCursor(now, 0);
        }
        return new LogCursor(lastId.millis(), lastId.sequence() + 1);
    }

    /** At most {@code limit} entries after the cursor, oldest first; {@code next} only when more follow. */
    LogPage page(Optional<LogCursor> after, LogLimit limit) {
        NavigableMap<LogCursor, LogEntry> following = after.map(cursor -> entries.tailMap(cursor, false)).orElse(entries);
        Iterator<LogEntry> unread = following.values().iterator();
        List<LogEntry> page = new ArrayList<>(Math.min(limit.value(), following.size()));
        while (unread.hasNext() && page.size() < limit.value()) {
            page.add(unread.next());
        }
        return new LogPage(page, unread.hasNext() ? Optional.of(page.getLast().id()) : Optional.empty());
    }

    long forgottenAtMillis() {
        return forgottenAtMillis;
    }

    boolean isForgottenAt(long now) {
        return forgottenAtMillis <= now;
    }
}
