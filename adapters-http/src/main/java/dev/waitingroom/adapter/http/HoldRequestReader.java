package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the body {@code {"event_id", "seat_ids": [...]}} of {@code POST /api/v1/reservations} into the
 * event and the selection, refusing before the store what no event could ever hold: seat ids that break
 * the rule, a seat asked for twice, an empty list, more seats than any event allows in one hold.
 */
final class HoldRequestReader {

    private static final String SEAT_IDS = "seat_ids";
    private static final Set<String> FIELDS = Set.of(BodyFields.EVENT_ID, SEAT_IDS);

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
        Optional<ApiError> unknown = BodyFields.unknownField(body, FIELDS, "a hold takes event_id and seat_ids");
        if (unknown.isPresent()) {
            return new Validated.Rejected<>(unknown.get());
        }
        return switch (BodyFields.eventId(body)) {
            case Validated.Rejected<EventId> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<EventId> eventId -> switch (selection(body.get(SEAT_IDS))) {
                case Validated.Rejected<SeatSelection> rejected -> new Validated.Rejected<>(rejected.error());
                case Validated.Valid<SeatSelection> valid -> Validated.valid(new HoldRequest(eventId.value(), valid.value()));
            };
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
