package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;
import java.util.Objects;

/** Join an event's queue. {@code userId} is null for an anonymous entry. */
public record JoinQueueCommand(EventId eventId, UserId userId, IdempotencyKey idempotencyKey) {

    public JoinQueueCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
