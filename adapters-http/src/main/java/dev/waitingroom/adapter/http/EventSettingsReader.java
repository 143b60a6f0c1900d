package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.EventSettingsChange;
import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns {@code PUT /api/v1/admin/events/{event_id}} into a configure command. Every field is checked
 * before anything is applied, and the first one out of range is named in the 400.
 */
final class EventSettingsReader {

    static final String MAX_ENTRIES_PER_USER = "max_entries_per_user";
    static final String ADMISSION_RATE_PER_SEC = "admission_rate_per_sec";
    static final String MAX_ACTIVE = "max_active";
    static final String ENTRY_TTL_SEC = "entry_ttl_sec";
    static final String ABANDON_AFTER_SEC = "abandon_after_sec";
    static final String PAUSED = "paused";
    static final String SEATS = "seats";
    static final String REMOVE_SEATS = "remove_seats";
    static final String HOLD_TTL_SEC = "hold_ttl_sec";
    static final String MAX_SEATS_PER_HOLD = "max_seats_per_hold";
    static final String LOG_MAX_ENTRIES = "log_max_entries";
    static final String LOG_TTL_SEC = "log_ttl_sec";
    static final String DISPLAY_NAME = "display_name";
    static final String MESSAGE = "message";

    private EventSettingsReader() {
    }

    static Validated<ConfigureEventCommand> read(String pathEventId, byte[] body) {
        Optional<EventId> eventId = EventId.parse(pathEventId);
        if (eventId.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE);
        }
        return switch (Json.readObject(body, true)) {
            case Validated.Rejected<ObjectNode> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<ObjectNode> valid -> command(eventId.get(), valid.value());
        };
    }

    private static Validated<ConfigureEventCommand> command(EventId eventId, ObjectNode body) {
        OptionalInt maxEntriesPerUser = OptionalInt.empty();
        OptionalDouble rate = OptionalDouble.empty();
        OptionalInt maxActive = OptionalInt.empty();
        Optional<Duration> entryTtl = Optional.empty();
        Optional<Duration> abandonAfter = Optional.empty();
        Optional<Boolean> paused = Optional.empty();
        Optional<Duration> holdTtl = Optional.empty();
        OptionalInt maxSeatsPerHold = OptionalInt.empty();
        OptionalInt logMaxEntries = OptionalInt.empty();
        Optional<Duration> logTtl = Optional.empty();
        Optional<String> displayName = Optional.empty();
        Optional<String> message = Optional.empty();
        List<SeatId> add = List.of();
        List<SeatId> remove = List.of();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue; // null keeps the current value, like an absent field
            }
            switch (name) {
                case MAX_ENTRIES_PER_USER -> {
                    if (!isIntegerIn(value, 1, QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER)) {
                        return outOfRange(name, "an integer between 1 and " + QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER);
                    }
                    maxEntriesPerUser = OptionalInt.of(value.intValue());
                }
                case ADMISSION_RATE_PER_SEC -> {
                    if (!value.isNumber() || !(value.doubleValue() >= AdmissionPolicy.MIN_RATE
                            && value.doubleValue() <= AdmissionPolicy.MAX_RATE)) {
                        return outOfRange(name, "a number between " + AdmissionPolicy.MIN_RATE + " and "
                                + (long) AdmissionPolicy.MAX_RATE + " (people per second)");
                    }
                    rate = OptionalDouble.of(value.doubleValue());
                }
                case MAX_ACTIVE -> {
                    if (!isIntegerIn(value, 1, AdmissionPolicy.MAX_OF_MAX_ACTIVE)) {
                        return outOfRange(name, "an integer between 1 and " + AdmissionPolicy.MAX_OF_MAX_ACTIVE);
                    }
                    maxActive = OptionalInt.of(value.intValue());
                }
                case ENTRY_TTL_SEC, ABANDON_AFTER_SEC -> {
                    if (!isIntegerIn(value, AdmissionPolicy.MIN_SECONDS, AdmissionPolicy.MAX_SECONDS)) {
                        return outOfRange(name, "an integer between " + AdmissionPolicy.MIN_SECONDS + " and "
                                + AdmissionPolicy.MAX_SECONDS + " (seconds)");
                    }
                    Optional<Duration> seconds = Optional.of(Duration.ofSeconds(value.longValue()));
                    if (name.equals(ENTRY_TTL_SEC)) {
                        entryTtl = seconds;
                    } else {
                        abandonAfter = seconds;
                    }
                }
                case PAUSED -> {
                    if (!value.isBoolean()) {
                        return outOfRange(name, "true or false");
                    }
                    paused = Optional.of(value.booleanValue());
                }
                case HOLD_TTL_SEC -> {
                    if (!isIntegerIn(value, SeatPolicy.MIN_HOLD_SECONDS, SeatPolicy.MAX_HOLD_SECONDS)) {
                        return outOfRange(name, "an integer between " + SeatPolicy.MIN_HOLD_SECONDS + " and "
                                + SeatPolicy.MAX_HOLD_SECONDS + " (seconds)");
                    }
                    holdTtl = Optional.of(Duration.ofSeconds(value.longValue()));
                }
                case MAX_SEATS_PER_HOLD -> {
                    if (!isIntegerIn(value, 1, SeatPolicy.MAX_OF_MAX_SEATS_PER_HOLD)) {
                        return outOfRange(name, "an integer between 1 and " + SeatPolicy.MAX_OF_MAX_SEATS_PER_HOLD);
                    }
                    maxSeatsPerHold = OptionalInt.of(value.intValue());
                }
                case LOG_MAX_ENTRIES -> {
                    if (!isIntegerIn(value, LogPolicy.MIN_ENTRIES, LogPolicy.MAX_ENTRIES)) {
                        return outOfRange(name, "an integer between " + LogPolicy.MIN_ENTRIES + " and " + LogPolicy.MAX_ENTRIES
                                + " (entries kept in each person's log)");
                    }
                    logMaxEntries = OptionalInt.of(value.intValue());
                }
                case LOG_TTL_SEC -> {
                    if (!isIntegerIn(value, LogPolicy.MIN_TTL_SECONDS, LogPolicy.MAX_TTL_SECONDS)) {
                        return outOfRange(name, "an integer between " + LogPolicy.MIN_TTL_SECONDS + " and "
                                + LogPolicy.MAX_TTL_SECONDS + " (seconds a person's log is kept after its last entry)");
                    }
                    logTtl = Optional.of(Duration.ofSeconds(value.longValue()));
                }
                // kept verbatim, markup and all: the page shows them as text, so nothing here escapes or trims
                case DISPLAY_NAME -> {
                    if (!value.isTextual() || !EventDisplay.isDisplayName(value.textValue())) {
                        return Validated.rejected(ErrorCode.INVALID_REQUEST, EventDisplay.DISPLAY_NAME_RULE
                                + " (\"\" clears it)");
                    }
                    displayName = Optional.of(value.textValue());
                }
                case MESSAGE -> {
                    if (!value.isTextual() || !EventDisplay.isMessage(value.textValue())) {
                        return Validated.rejected(ErrorCode.INVALID_REQUEST, EventDisplay.MESSAGE_RULE + " (\"\" clears it)");
                    }
                    message = Optional.of(value.textValue());
                }
                case SEATS, REMOVE_SEATS -> {
                    switch (seatIds(name, value)) {
                        case Validated.Rejected<List<SeatId>> rejected -> {
                            return new Validated.Rejected<>(rejected.error());
                        }
                        case Validated.Valid<List<SeatId>> valid -> {
                            if (name.equals(SEATS)) {
                                add = valid.value();
                            } else {
                                remove = valid.value();
                            }
                        }
                    }
                }
                default -> {
                    return Validated.rejected(ErrorCode.INVALID_REQUEST, "unknown field " + Json.quoteField(name));
                }
            }
        }
        Set<SeatId> both = new HashSet<>(add);
        both.retainAll(remove);
        if (!both.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "seat " + ReservationRoutes.named(sorted(both))
                    + " is in both seats and remove_seats");
        }
        return Validated.valid(new ConfigureEventCommand(eventId, new EventSettingsChange(maxEntriesPerUser, rate,
                maxActive, entryTtl, abandonAfter, paused, holdTtl, maxSeatsPerHold, new SeatChange(add, remove), logMaxEntries,
                logTtl, displayName, message)));
    }

    /** An array of valid seat ids (repeats are harmless: a seat is added or removed once). */
    private static Validated<List<SeatId>> seatIds(String field, JsonNode value) {
        if (!value.isArray()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, field + " must be an array of seat ids");
        }
        if (value.size() > SeatPolicy.MAX_SEATS_PER_EVENT) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, field + " lists " + value.size()
                    + " seat ids; an event has at most " + SeatPolicy.MAX_SEATS_PER_EVENT + " seats");
        }
        List<SeatId> seats = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode seat = value.get(i);
            Optional<SeatId> parsed = seat.isTextual() ? SeatId.parse(seat.textValue()) : Optional.empty();
            if (parsed.isEmpty()) {
                String shown = seat.isTextual() ? Json.quoteValue(seat.textValue()) : "(not a string)";
                return Validated.rejected(ErrorCode.INVALID_REQUEST, field + "[" + i + "] " + shown + " is not a seat id: "
                        + SeatId.RULE);
            }
            seats.add(parsed.get());
        }
        return Validated.valid(seats);
    }

    private static List<SeatId> sorted(Set<SeatId> seats) {
        return seats.stream().sorted().toList();
    }

    private static boolean isIntegerIn(JsonNode value, long min, long max) {
        return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= min && value.longValue() <= max;
    }

    private static Validated<ConfigureEventCommand> outOfRange(String field, String expected) {
        return Validated.rejected(ErrorCode.INVALID_REQUEST, field + " must be " + expected);
    }
}
