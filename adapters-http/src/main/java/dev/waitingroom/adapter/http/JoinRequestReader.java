package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Turns the Idempotency-Key header and the body {@code {"event_id", "user_id"?}} into a join command. */
final class JoinRequestReader {

    private static final String EVENT_ID = "event_id";
    private static final String USER_ID = "user_id";

    private JoinRequestReader() {
    }

    static Validated<JoinQueueCommand> read(List<String> idempotencyHeaders, byte[] body) {
        if (idempotencyHeaders.isEmpty() || idempotencyHeaders.getFirst().isEmpty()) {
            return Validated.rejected(ErrorCode.IDEMPOTENCY_REQUIRED, "the Idempotency-Key header is required");
        }
        Optional<IdempotencyKey> key = IdempotencyKey.parse(idempotencyHeaders.getFirst());
        if (idempotencyHeaders.size() > 1 || key.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_IDEMPOTENCY_KEY, "there must be one " + IdempotencyKey.RULE);
        }
        return switch (Json.readObject(body, false)) {
            case Validated.Rejected<ObjectNode> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<ObjectNode> valid -> command(valid.value(), key.get());
        };
    }

    private static Validated<JoinQueueCommand> command(ObjectNode body, IdempotencyKey key) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(EVENT_ID) && !name.equals(USER_ID)) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST,
                        "unknown field " + Json.quoteField(name) + "; a join takes event_id and user_id");
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
        JsonNode user = body.get(USER_ID);
        Optional<UserId> userId = Optional.empty();
        if (user != null && !user.isNull()) {
            if (!user.isTextual()) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST, "user_id must be a string");
            }
            userId = UserId.parse(user.textValue());
            if (userId.isEmpty()) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST, UserId.RULE);
            }
        }
        return Validated.valid(new JoinQueueCommand(eventId.get(), userId, key));
    }
}
