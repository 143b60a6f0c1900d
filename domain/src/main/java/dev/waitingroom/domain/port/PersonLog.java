package dev.waitingroom.domain.port;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/**
 * Reads each person's log of changes in an event. The log is written by the store itself, in the same
 * atomic step as each change (join, admission, drop, leave, entry, hold, confirm, cancel, hold expiry,
 * window closed), for the entries whose log was switched on when they joined
 * ({@link QueueStore#join(dev.waitingroom.domain.queue.WaitingToken, Optional, dev.waitingroom.domain.queue.IdempotencyKey, boolean)}).
 * A person is a user id, or the ticket of an anonymous entry. A log keeps about the event's
 * {@code log_max_entries} newest entries and is forgotten {@code log_ttl_sec} after its last one.
 */
public interface PersonLog {

    /** That user's log in the event, oldest first, after the cursor (from the start when empty); empty page when none. */
    LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit);

    /**
     * The log of the token's person (its user, or the entry itself when anonymous), as {@link #ofUser};
     * empty when the store does not know the token (never joined, left, or forgotten). A known entry
     * whose log is off reads as an empty page.
     */
    Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit);
}
