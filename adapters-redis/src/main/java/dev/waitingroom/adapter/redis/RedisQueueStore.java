package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
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
    private static final int UNKNOWN = 0;
    private static final int WAITING = 1;
    private static final int ADMITTED = 2;
    private static final int EXPIRED = 3;

    // The score's layout is the domain's; the script is handed it rather than keeping a copy.
    private static final String SCORE_EPOCH = Long.toString(QueueScore.EPOCH_UNIX_MILLIS);
    private static final String SCORES_PER_MILLISECOND = Long.toString(1L << QueueScore.SEQUENCE_BITS);
    private static final String LARGEST_SCORE = Long.toString(QueueScore.MAX_ENCODED);

    private final RedisConnection connection;
    private final String idempotencyTtlMillis;
    private final String expiredMemoryMillis;

    public RedisQueueStore(RedisConnection connection, Duration idempotencyTtl) {
        this(connection, idempotencyTtl, RedisAdmissionStore.DEFAULT_EXPIRED_MEMORY);
    }

    /** @param expiredMemory how long the token of an ended window answers "expired" (see {@link RedisAdmissionStore}) */
    public RedisQueueStore(RedisConnection connection, Duration idempotencyTtl, Duration expiredMemory) {
        if (idempotencyTtl.toMillis() < 1 || expiredMemory.toMillis() < 1) {
            throw new IllegalArgumentException("the idempotency TTL and the expired memory must be at least one millisecond");
        }
        this.connection = connection;
        this.idempotencyTtlMillis = Long.toString(idempotencyTtl.toMillis());
        this.expiredMemoryMillis = Long.toString(expiredMemory.toMillis());
    }

    @Override
    public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
        EventId event = newToken.eventId();
        RedisKeys keys = RedisKeys.of(event);
        String ticketId = newToken.ticketId();
        String[] scriptKeys = {keys.event(), keys.queue(), keys.seq(), keys.idempotency(key),
                keys.tickets(), keys.users(), keys.stats(), keys.alive(), keys.logged(), keys.logPrefix()};
        ScriptReply reply = connection.run(LuaScript.JOIN, scriptKeys, EventSettingsHash.withLogSettings(
                ticketId, user.map(UserId::value).orElse(""), key.value(), idempotencyTtlMillis,
                EventSettingsHash.MAX_ENTRIES_PER_USER, SCORE_EPOCH, SCORES_PER_MILLISECOND, LARGEST_SCORE,
                keepLog ? "1" : "0"));
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
    public EntryStatus status(WaitingToken token) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        String[] scriptKeys = {keys.queue(), keys.alive(), keys.tickets(), keys.windows(), keys.expired(), keys.event(),
                keys.admission()};
        ScriptReply reply = connection.run(LuaScript.STATUS, scriptKeys,
                token.ticketId(), EventSettingsHash.PAUSED, EventSettingsHash.ABANDON_AFTER_SEC);
        return switch (reply.outcome()) {
            case WAITING -> new EntryStatus.Waiting(reply.number(1), score(reply.text(2)).time(), instant(reply.text(3)),
                    measuredRate(reply.text(6)), !"0".equals(reply.text(4)), abandonAfter(reply.text(5)));
            case ADMITTED -> new EntryStatus.Admitted(score(reply.text(1)).time(), instant(reply.text(2)),
                    instant(reply.text(3)), abandonAfter(reply.text(4)));
            case EXPIRED -> new EntryStatus.Expired();
            case UNKNOWN -> new EntryStatus.Unknown();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public boolean leave(WaitingToken token) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        String[] scriptKeys = {keys.queue(), keys.alive(), keys.windows(), keys.tickets(), keys.users(), keys.stats(),
                keys.passes(), keys.expired(), keys.logged(), keys.event(), keys.logPrefix()};
        ScriptReply reply = connection.run(LuaScript.LEAVE, scriptKeys,
                EventSettingsHash.withLogSettings(token.ticketId(), expiredMemoryMillis));
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

    static Instant instant(String unixMillis) {
        return Instant.ofEpochMilli(Long.parseLong(unixMillis));
    }

    /** A rate the step script measured, or none ({@code ''}). */
    static OptionalDouble measuredRate(String rate) {
        return rate.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(rate));
    }

    /** An event hash written before admission existed has no abandon time: it reads as the default. */
    private static Duration abandonAfter(String seconds) {
        return seconds.isEmpty() ? AdmissionPolicy.DEFAULT.abandonAfter() : Duration.ofSeconds(Long.parseLong(seconds));
    }
}
