package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page of a person's log as the API shows it: {@code {"entries": [...], "next"}}. Each entry is flat:
 * {@code id}, {@code type}, {@code ticket} (the full waiting token), {@code at}, then the details of its
 * type. The store keeps every detail as text; here they get their JSON types back: {@code position} a
 * number, the times RFC 3339, {@code seat_ids} an array.
 *
 * @param next the cursor of the following page, null at the end
 */
record LogPageBody(List<Map<String, Object>> entries, String next) {

    private static final String POSITION = "position";
    private static final String SEAT_IDS = "seat_ids";
    private static final List<String> TIMES = List.of("window_ends", "hold_ends");

    static LogPageBody of(EventId eventId, LogPage page) {
        return new LogPageBody(page.entries().stream().map(entry -> entry(eventId, entry)).toList(),
                page.next().map(LogCursor::toString).orElse(null));
    }

    private static Map<String, Object> entry(EventId eventId, LogEntry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", entry.id().toString());
        body.put("type", entry.type().wireName());
        body.put("ticket", WaitingToken.of(eventId, entry.ticketId()).value());
        body.put("at", ReservationRoutes.RFC_3339.format(entry.at()));
        // sorted, so that one entry type always reads alike
        new TreeMap<>(entry.details()).forEach((name, value) -> body.put(name, detail(name, value)));
        return body;
    }

    private static Object detail(String name, String value) {
        try {
            if (name.equals(POSITION)) {
                return Long.parseLong(value);
            }
            if (TIMES.contains(name)) {
                return ReservationRoutes.RFC_3339.format(Instant.ofEpochMilli(Long.parseLong(value)));
            }
        } catch (NumberFormatException notANumber) {
            return value; // a store that wrote something else is shown as it wrote it, not refused
        }
        if (name.equals(SEAT_IDS)) {
            return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
        }
        return value;
    }
}
