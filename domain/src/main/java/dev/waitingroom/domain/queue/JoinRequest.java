package dev.waitingroom.domain.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to join an event's queue.
 *
 * @param userId   who joins, or null for an anonymous entry (no per-user limit applies)
 * @param newToken the token the entry gets if this attempt is the first with its key
 */
public record JoinRequest(EventId eventId, UserId userId, IdempotencyKey idempotencyKey, WaitingToken newToken) {

    public JoinRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(newToken, "newToken");
        if (!newToken.eventId().equals(eventId)) {
            throw new IllegalArgumentException("token belongs to another event");
        }
    }

    public Optional<UserId> user() {
        return Optional.ofNullable(userId);
    }
}
