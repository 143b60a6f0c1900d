package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the body {@code {"event_id", "seat_ids": [...]}} of {@code POST /api/v1/reservations} into the
 * event and the selection, refusing before the store what no event could ever hold: seat ids that break
 * the rule, a seat asked for twice, an empty list, more seats than any event allows in one hold.
 */
final class HoldRequestReader {

    private static final String EVENT_ID = "event_id";
    private static final String SEAT_IDS = "seat_ids";

    record HoldRequest(EventId eventId, SeatSelection seats) {
    }

    private HoldRequestReader() {
    }

    static Validated<HoldRequest> read(byte[] body) {
        return switch (Json.readObject(body, false)) {
            case Validated.Rejected<ObjectNode> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<ObjectNode> valid -> request(valid.value());
        };
    }

    private static Validated<HoldRequest> request(ObjectNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(EVENT_ID) && !name.equals(SEAT_IDS)) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST,
                        "unknown field " + Json.quoteField(name) + "; a hold takes event_id and seat_ids");
            }
        }
        JsonNode event = body.get(EVENT_ID);
        if (event == null || event.isNull() || (event.isTextual() && event.textValue().isEmpty())) {
            return Validated.rejected(ErrorCode.MISSING_EVENT_ID, "event_id is required");
        }
        if (!event.isTextual()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "event_id must be a string");
        }
        Optional<EventId> eventId = EventId.parse(event.textValue());
        if (eventId.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, EventId.RULE);
        }
        return switch (selection(body.get(SEAT_IDS))) {
            case Validated.Rejected<SeatSelection> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<SeatSelection> valid -> Validated.valid(new HoldRequest(eventId.get(), valid.value()));
        };
    }

    private static Validated<SeatSelection> selection(JsonNode seatIds) {
        if (seatIds == null || seatIds.isNull()) {
            return Validated.rejected(ErrorCode.INVALID_SEAT, "seat_ids is required: an array of the seat ids to hold");
        }
        if (!seatIds.isArray()) {
            return Validated.rejected(ErrorCode.INVALID_SEAT, "seat_ids must be an array of seat ids");
        }
        if (seatIds.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_SEAT, "seat_ids is empty: a hold needs at least one seat");
        }
        if (seatIds.size() > SeatPolicy.MAX_OF_MAX_SEATS_PER_HOLD) {
            return Validated.rejected(ErrorCode.TOO_MANY_SEATS, "seat_ids lists " + seatIds.size()
                    + " seats; one hold takes at most " + SeatPolicy.MAX_OF_MAX_SEATS_PER_HOLD);
        }
        List<SeatId> seats = new ArrayList<>(seatIds.size());
        for (int i = 0; i < seatIds.size(); i++) {
            JsonNode seat = seatIds.get(i);
            if (!seat.isTextual()) {
                return Validated.rejected(ErrorCode.INVALID_SEAT, "seat_ids[" + i + "] must be a string");
            }
            Optional<SeatId> parsed = SeatId.parse(seat.textValue());
            if (parsed.isEmpty()) {
                return Validated.rejected(ErrorCode.INVALID_SEAT, "seat_ids[" + i + "] " + Json.quoteValue(seat.textValue())
                        + " is malformed: " + SeatId.RULE);
            }
            seats.add(parsed.get());
        }
        SeatId repeated = SeatSelection.firstRepeated(seats);
        if (repeated != null) {
            return Validated.rejected(ErrorCode.INVALID_SEAT, "seat " + repeated + " is asked for twice in seat_ids");
        }
        return Validated.valid(new SeatSelection(seats));
    }
}
