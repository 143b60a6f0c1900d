package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the Idempotency-Key header and the body {@code {"event_id", "user_id"?}} into a join command. */
final class JoinRequestReader {

    private static final String USER_ID = "user_id";
    private static final Set<String> FIELDS = Set.of(BodyFields.EVENT_ID, USER_ID);

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
        Optional<ApiError> unknown = BodyFields.unknownField(body, FIELDS, "a join takes event_id and user_id");
        if (unknown.isPresent()) {
            return new Validated.Rejected<>(unknown.get());
        }
        return switch (BodyFields.eventId(body)) {
            case Validated.Rejected<EventId> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<EventId> eventId -> command(eventId.value(), body.get(USER_ID), key);
        };
    }

    private static Validated<JoinQueueCommand> command(EventId eventId, JsonNode user, IdempotencyKey key) {
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
        return Validated.valid(new JoinQueueCommand(eventId, userId, key));
    }
}
