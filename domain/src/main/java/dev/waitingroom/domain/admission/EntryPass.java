package dev.waitingroom.domain.admission;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an entry pass says, for any downstream service to check: who may enter which event until when.
 *
 * @param entryId   names the admitted entry without revealing its waiting token (see {@code WaitingToken#entryId})
 * @param expiresAt the end of the admission window
 * @param passId    unique per pass
 */
public record EntryPass(EventId eventId, String entryId, Optional<UserId> user, Instant issuedAt, Instant expiresAt,
                        String passId) {

    public EntryPass {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(passId, "passId");
    }
}
