package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.domain.queue.EventId;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** The checks every JSON body of the public routes shares: no unknown field, and the event it is for. */
final class BodyFields {

    static final String EVENT_ID = "event_id";

    private BodyFields() {
    }

    /** The first field outside {@code known}, refused by name; empty when there is none. */
    static Optional<ApiError> unknownField(ObjectNode body, Set<String> known, String takes) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                return Optional.of(new ApiError(ErrorCode.INVALID_REQUEST,
                        "unknown field " + Json.quoteField(name) + "; " + takes));
            }
        }
        return Optional.empty();
    }

    /** {@code event_id}: required (MISSING_EVENT_ID when absent, null or empty), a string, and a valid id. */
    static Validated<EventId> eventId(ObjectNode body) {
        JsonNode event = body.get(EVENT_ID);
        if (event == null || event.isNull() || (event.isTextual() && event.textValue().isEmpty())) {
            return Validated.rejected(ErrorCode.MISSING_EVENT_ID, "event_id is required");
        }
        if (!event.isTextual()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "event_id must be a string");
        }
        return EventId.parse(event.textValue()).<Validated<EventId>>map(Validated::valid)
                .orElseGet(() -> Validated.rejected(ErrorCode.INVALID_REQUEST, EventId.RULE));
    }
}
