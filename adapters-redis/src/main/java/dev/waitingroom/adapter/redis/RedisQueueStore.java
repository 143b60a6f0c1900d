package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingEntry;
import dev.waitingroom.domain.queue.WaitingToken;
import io.lettuce.core.KeyValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queues of all events in Redis. Each operation is one Lua script over the keys of one event,
 * so it is atomic and stays in one cluster slot; time and order come from the Redis server's clock.
 */
public final class RedisQueueStore implements QueueStore {

    private static final int JOINED = 1;
    private static final int DUPLICATE = 0;
    private static final int USER_LIMIT_REACHED = -1;
    private static final int EVENT_NOT_FOUND = -2;
    private static final int IDEMPOTENCY_CONFLICT = -3;
    private static final int FOUND = 1;
    private static final int ABSENT = 0;

    // The score's layout is the domain's; the script is handed it rather than keeping a copy.
    private static final String SCORE_EPOCH = Long.toString(QueueScore.EPOCH_UNIX_MILLIS);
    private static final String SCORES_PER_MILLISECOND = Long.toString(1L << QueueScore.SEQUENCE_BITS);
    private static final String LARGEST_SCORE = Long.toString(QueueScore.MAX_ENCODED);

    private final RedisConnection connection;
    private final String idempotencyTtlMillis;

    public RedisQueueStore(RedisConnection connection, Duration idempotencyTtl) {
        if (idempotencyTtl.toMillis() < 1) {
            throw new IllegalArgumentException("the idempotency TTL must be at least one millisecond");
        }
        this.connection = connection;
        this.idempotencyTtlMillis = Long.toString(idempotencyTtl.toMillis());
    }

    @Override
    public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key) {
        EventId event = newToken.eventId();
        RedisKeys keys = RedisKeys.of(event);
        String ticketId = newToken.ticketId();
        String[] scriptKeys = {keys.event(), keys.queue(), keys.seq(), keys.idempotency(key),
                keys.ticket(ticketId), keys.users(), keys.stats()};
        ScriptReply reply = connection.run(LuaScript.JOIN, scriptKeys,
                ticketId, user.map(UserId::value).orElse(""), key.value(), idempotencyTtlMillis,
                EventSettingsHash.MAX_ENTRIES_PER_USER, SCORE_EPOCH, SCORES_PER_MILLISECOND, LARGEST_SCORE);
        return switch (reply.outcome()) {
            case JOINED -> new JoinOutcome.Joined(reply.number(1), score(reply.text(2)));
            case DUPLICATE -> new JoinOutcome.Duplicate(WaitingToken.of(event, reply.text(1)));
            case IDEMPOTENCY_CONFLICT -> new JoinOutcome.IdempotencyConflict();
            case USER_LIMIT_REACHED -> new JoinOutcome.UserLimitReached(Math.toIntExact(reply.number(1)));
            case EVENT_NOT_FOUND -> new JoinOutcome.EventNotFound();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<WaitingEntry> find(WaitingToken token) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        ScriptReply reply = connection.run(LuaScript.FIND, new String[] {keys.queue()}, token.ticketId());
        return switch (reply.outcome()) {
            case FOUND -> Optional.of(new WaitingEntry(token, reply.number(1), score(reply.text(2)).time(),
                    Instant.ofEpochMilli(reply.number(3))));
            case ABSENT -> Optional.empty();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public boolean leave(WaitingToken token) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        String ticketKey = keys.ticket(token.ticketId());
        // The script needs the idempotency key's name in KEYS, so who made the ticket is read first.
        // If another leave wins in between, the script's ZREM finds nothing and changes nothing.
        List<KeyValue<String, String>> owner = connection.call(redis -> redis.hmget(ticketKey, "user", "idem"));
        String user = owner.get(0).getValueOrElse("");
        String idempotencyKey = owner.get(1).getValueOrElse(null);
        if (idempotencyKey == null) {
            return false;
        }
        String[] scriptKeys = {keys.queue(), ticketKey, keys.idempotency(IdempotencyKey.of(idempotencyKey)),
                keys.users(), keys.stats()};
        ScriptReply reply = connection.run(LuaScript.LEAVE, scriptKeys, token.ticketId(), user);
        return switch (reply.outcome()) {
            case FOUND -> true;
            case ABSENT -> false;
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<QueueStats> stats(EventId eventId) {
        RedisKeys keys = RedisKeys.of(eventId);
        ScriptReply reply = connection.run(LuaScript.STATS, new String[] {keys.event(), keys.queue(), keys.stats()});
        return switch (reply.outcome()) {
            case FOUND -> Optional.of(new QueueStats(reply.number(1), reply.number(2), reply.number(3)));
            case ABSENT -> Optional.empty();
            default -> throw reply.unexpectedOutcome();
        };
    }

    /** Scripts answer scores as decimal strings: a Lua number would lose digits on the way out. */
    private static QueueScore score(String encoded) {
        return QueueScore.decode(Long.parseLong(encoded));
    }
}
