package dev.waitingroom.domain.log;

import java.util.Arrays;
import java.util.Optional;

/** The changes to a person's state in an event that the person's log records. */
public enum LogEntryType {
    /** Joined the queue; details: {@code position}, 1-based at that moment. */
    JOINED("joined"),
    /** Let in by an admission step; details: {@code window_ends} (unix ms of the store's clock). */
    ADMITTED("admitted"),
    /** Dropped from the queue for silence (no status call for {@code abandon_after_sec}). */
    DROPPED("dropped"),
    /** Left by request; details: {@code was} ({@code waiting} or {@code admitted}). */
    LEFT("left"),
    /** Entered: the first entry pass of the admission window was issued. */
    ENTERED("entered"),
    /** Held seats; details: {@code reservation_id}, {@code seat_ids} (comma-separated), {@code hold_ends} (unix ms). */
    HELD("held"),
    /** Confirmed a hold: the seats are sold; details: {@code reservation_id}, {@code seat_ids}. */
    CONFIRMED("confirmed"),
    /** Cancelled a hold: the seats are available again; details: {@code reservation_id}, {@code seat_ids}. */
    CANCELLED("cancelled"),
    /** A hold ran out unconfirmed; details: {@code reservation_id}, {@code seat_ids}. */
    EXPIRED("expired"),
    /** The admission window closed; details: {@code reason} ({@code ended} or {@code purchased}). */
    WINDOW_CLOSED("window_closed");

    private final String wireName;

    LogEntryType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the log's entries, in the HTTP bodies, and in the Redis stream's {@code type} field. */
    public String wireName() {
        return wireName;
    }

    public static Optional<LogEntryType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
