package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the person logs that the scripts append to: one stream per person and event,
 * {@code wr:{<event>}:user:<user id>:log} or {@code wr:{<event>}:ticket:<ticket id>:log}, each entry with
 * the fields {@code type}, {@code ticket}, {@code at} (unix ms), then the change's details. A read is one
 * {@code XRANGE} after the cursor with a {@code COUNT}: never the whole stream.
 */
public final class RedisPersonLog implements PersonLog {

    private static final String TYPE = "type";
    private static final String TICKET = "ticket";
    private static final String AT = "at";

    private static final int UNKNOWN = 0;
    private static final int LOG_ON = 1;
    private static final int LOG_OFF = 2;

    private final RedisConnection connection;

    public RedisPersonLog(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        return page(RedisKeys.of(eventId).userLog(user), after, limit);
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        ScriptReply reply = connection.run(LuaScript.LOG_OWNER, new String[] {keys.logged(), keys.tickets()},
                token.ticketId());
        return switch (reply.outcome()) {
            case UNKNOWN -> Optional.empty();
            case LOG_ON -> Optional.of(page(keys.personLog(reply.text(1)), after, limit));
            // an anonymous entry without a log has no person with one; a user may have a log from other entries
            case LOG_OFF -> Optional.of(reply.text(1).isEmpty() ? LogPage.EMPTY
                    : ofUser(token.eventId(), UserId.of(reply.text(1)), after, limit));
            default -> throw reply.unexpectedOutcome();
        };
    }

    /** One more than asked is read, to know whether a next page exists without a second call. */
    private LogPage page(String stream, Optional<LogCursor> after, LogLimit limit) {
        Range<String> range = Range.from(
                after.map(cursor -> Range.Boundary.excluding(cursor.toString())).orElse(Range.Boundary.unbounded()),
                Range.Boundary.unbounded());
        List<StreamMessage<String, String>> messages =
                connection.call(stream, redis -> redis.xrange(stream, range, Limit.from(limit.value() + 1L)));
        List<LogEntry> entries = messages.stream().limit(limit.value()).map(RedisPersonLog::entryOf).toList();
        Optional<LogCursor> next = messages.size() > limit.value()
                ? Optional.of(entries.getLast().id())
                : Optional.empty();
        return new LogPage(entries, next);
    }

    private static LogEntry entryOf(StreamMessage<String, String> message) {
        Map<String, String> details = new HashMap<>(message.getBody());
        String type = details.remove(TYPE);
        String ticket = details.remove(TICKET);
        String at = details.remove(AT);
        if (type == null || ticket == null || at == null) {
            throw new IllegalStateException("malformed log entry " + message.getId() + " in " + message.getStream());
        }
        return new LogEntry(
                LogCursor.parse(message.getId())
                        .orElseThrow(() -> new IllegalStateException("not a stream id: " + message.getId())),
                LogEntryType.fromWireName(type)
                        .orElseThrow(() -> new IllegalStateException("unknown log entry type " + type + " in " + message.getStream())),
                ticket, Instant.ofEpochMilli(Long.parseLong(at)), details);
    }
}
