package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/** The paging of a log read: {@code limit} (1-1000, 100 when absent) and the cursor {@code after}. */
record LogPageRequest(Optional<LogCursor> after, LogLimit limit) {

    static Validated<LogPageRequest> read(ServerRequest req) {
        Optional<String> limit = parameter(req, "limit");
        LogLimit pageSize = LogLimit.DEFAULT;
        if (limit.isPresent()) {
            int value;
            try {
                value = Integer.parseInt(limit.get());
            } catch (NumberFormatException e) {
                value = 0;
            }
            if (value < 1 || value > LogLimit.MAX) {
                return Validated.rejected(ErrorCode.INVALID_LIMIT, "limit must be an integer between 1 and " + LogLimit.MAX
                        + ", got " + Json.quoteValue(limit.get()));
            }
            pageSize = new LogLimit(value);
        }
        Optional<String> after = parameter(req, "after");
        Optional<LogCursor> cursor = after.flatMap(LogCursor::parse);
        if (after.isPresent() && cursor.isEmpty()) {
            return Validated.rejected(ErrorCode.INVALID_CURSOR, "after must be a cursor of the form <digits>-<digits>"
                    + " (the next of a page, or an entry's id), got " + Json.quoteValue(after.get()));
        }
        return Validated.valid(new LogPageRequest(cursor, pageSize));
    }

    /** A parameter given empty counts as not given, as the token of the queue routes does. */
    static Optional<String> parameter(ServerRequest req, String name) {
        return req.query().first(name).asOptional().filter(value -> !value.isEmpty());
    }
}
