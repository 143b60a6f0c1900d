package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/** The person logs' reads, each call timed (their appends are inside the timed calls that make the changes). */
final class TimedPersonLog implements PersonLog {

    private final PersonLog log;
    private final StoreCallTimers.Operation ofUser;
    private final StoreCallTimers.Operation ofToken;

    TimedPersonLog(PersonLog log, StoreCallTimers timers) {
        this.log = log;
        this.ofUser = timers.operation("user_log");
        this.ofToken = timers.operation("token_history");
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        return ofUser.time(() -> log.ofUser(eventId, user, after, limit));
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        return ofToken.time(() -> log.ofToken(token, after, limit));
    }
}
