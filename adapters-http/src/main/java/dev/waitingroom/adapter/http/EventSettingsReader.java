package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns {@code PUT /api/v1/admin/events/{event_id}} into a configure command. */
final class EventSettingsReader {

    private static final String MAX_ENTRIES_PER_USER = "max_entries_per_user";
    /** Settings of the contract that later issues bring; refused by name so nobody thinks they took effect. */
    private static final Set<String> NOT_YET_SUPPORTED =
            Set.of("seats", "hold_ttl_sec", "admission_rate_per_sec", "max_active", "entry_ttl_sec");

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
        Optional<QueuePolicy> policy = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (NOT_YET_SUPPORTED.contains(name)) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST, name + " is not supported yet");
            }
            if (!name.equals(MAX_ENTRIES_PER_USER)) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST, "unknown field " + Json.quoteField(name));
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue; // null keeps the current value, like an absent field
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()
                    || value.intValue() < 1 || value.intValue() > QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER) {
                return Validated.rejected(ErrorCode.INVALID_REQUEST,
                        MAX_ENTRIES_PER_USER + " must be an integer between 1 and " + QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER);
            }
            policy = Optional.of(new QueuePolicy(value.intValue()));
        }
        return Validated.valid(new ConfigureEventCommand(eventId, policy));
    }
}
