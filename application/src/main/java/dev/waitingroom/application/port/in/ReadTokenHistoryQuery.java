package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the history of the person holding a token: the token's user in its event, or the entry
 * itself when it has no user.
 */
public record ReadTokenHistoryQuery(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {

    public ReadTokenHistoryQuery {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
    }
}
