package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.EnterQueueCommand;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Iterator;
import java.util.Optional;

/** Turns the body {@code {"waiting_token"}} of {@code POST /api/v1/queue/enter} into an enter command. */
final class EnterRequestReader {

    private static final String WAITING_TOKEN = "waiting_token";

    private EnterRequestReader() {
    }

    static Validated<EnterQueueCommand> read(byte[] body) {
        return switch (Json.readObject(body, false)) {
            case Validated.Rejected<ObjectNode> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<ObjectNode> valid -> command(valid.value());
        };
    }

    private static Validated<EnterQueueCommand> command(ObjectNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(WAITING_TOKEN)) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST,
                        "unknown field " + Json.quoteField(name) + "; enter takes waiting_token");
            }
        }
        JsonNode token = body.get(WAITING_TOKEN);
        if (token == null || token.isNull() || (token.isTextual() && token.textValue().isEmpty())) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "waiting_token is required");
        }
        if (!token.isTextual()) {
            return Validated.rejected(ErrorCode.INVALID_REQUEST, "waiting_token must be a string");
        }
        // text that cannot be a token of ours is in no queue: no store call needed to say so
        Optional<WaitingToken> parsed = WaitingToken.parse(token.textValue());
        if (parsed.isEmpty()) {
            return Validated.rejected(ErrorCode.TOKEN_NOT_FOUND, QueueRoutes.TOKEN_NOT_FOUND_MESSAGE);
        }
        return Validated.valid(new EnterQueueCommand(parsed.get()));
    }
}
