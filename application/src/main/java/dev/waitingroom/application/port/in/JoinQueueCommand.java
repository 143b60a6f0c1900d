package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;
import java.util.Objects;
import java.util.Optional;

/** Join an event's queue; {@code user} is empty for an anonymous entry. */
public record JoinQueueCommand(EventId eventId, Optional<UserId> user, IdempotencyKey idempotencyKey) {

    public JoinQueueCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
