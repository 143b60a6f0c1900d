package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Duration;
import java.util.Optional;

/**
 * Admission in Redis: each operation is one Lua script over the keys of one event, timed by the
 * server's clock, so steps run by many gateway instances at once admit exactly what one would.
 */
public final class RedisAdmissionStore implements AdmissionStore {

    /**
     * Entries one step closes, drops or admits at most. A full drop batch of 1,000 held Redis for 7-13 ms
     * (run AE of docs/benchmarks.md); 250 keeps any one step near 2-3 ms. With 20 steps an event a round,
     * one instance can still admit some 50,000 people a second into an event.
     */
    public static final int DEFAULT_BATCH = 250;
    /** How long the token of a dropped entry or an ended window answers "expired" when nothing else is said. */
    public static final Duration DEFAULT_EXPIRED_MEMORY = Duration.ofDays(1);

    private static final int UNKNOWN = 0;
    private static final int NOT_READY = 1;
    private static final int ADMITTED = 2;
    private static final int EXPIRED = 3;
    private static final int FOUND = 1;
    private static final int ABSENT = 0;

    private final RedisConnection connection;
    private final String batch;
    private final String expiredMemoryMillis;

    public RedisAdmissionStore(RedisConnection connection) {
        this(connection, DEFAULT_BATCH, DEFAULT_EXPIRED_MEMORY);
    }

    public RedisAdmissionStore(RedisConnection connection, int batch, Duration expiredMemory) {
        if (batch < 1 || expiredMemory.toMillis() < 1) {
            throw new IllegalArgumentException("a step needs a batch of at least one, and expired marks at least a millisecond");
        }
        this.connection = connection;
        this.batch = Integer.toString(batch);
        this.expiredMemoryMillis = Long.toString(expiredMemory.toMillis());
    }

    @Override
    public Optional<AdmissionStep> step(EventId eventId) {
        RedisKeys keys = RedisKeys.of(eventId);
        String[] scriptKeys = {keys.event(), keys.queue(), keys.alive(), keys.windows(), keys.expired(), keys.tickets(),
                keys.users(), keys.stats(), keys.admission(), keys.pace(), keys.passes(), keys.logged(), keys.logPrefix()};
        ScriptReply reply = connection.run(LuaScript.ADMISSION_STEP, scriptKeys, EventSettingsHash.withLogSettings(
                EventSettingsHash.ADMISSION_RATE_PER_SEC, EventSettingsHash.MAX_ACTIVE, EventSettingsHash.ENTRY_TTL_SEC,
                EventSettingsHash.ABANDON_AFTER_SEC, EventSettingsHash.PAUSED, batch, expiredMemoryMillis));
        return switch (reply.outcome()) {
            case FOUND -> Optional.of(new AdmissionStep(reply.number(1), reply.number(2), reply.number(3),
                    reply.number(4), reply.number(5), reply.number(6) == 1));
            case ABSENT -> Optional.empty();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public EnterOutcome enter(WaitingToken token) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        String[] scriptKeys = {keys.queue(), keys.windows(), keys.expired(), keys.passes(), keys.tickets()};
        ScriptReply reply = connection.run(LuaScript.ENTER, scriptKeys, token.ticketId());
        return switch (reply.outcome()) {
            case NOT_READY -> new EnterOutcome.NotReady(reply.number(1));
            case ADMITTED -> new EnterOutcome.Admitted(token,
                    Optional.of(reply.text(3)).filter(user -> !user.isEmpty()).map(UserId::of),
                    RedisQueueStore.instant(reply.text(1)), RedisQueueStore.instant(reply.text(2)),
                    Optional.of(reply.text(4)).filter(pass -> !pass.isEmpty()));
            case EXPIRED -> new EnterOutcome.Expired();
            case UNKNOWN -> new EnterOutcome.Unknown();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<String> keepPass(WaitingToken token, String pass) {
        RedisKeys keys = RedisKeys.of(token.eventId());
        String[] scriptKeys = {keys.windows(), keys.passes(), keys.entry(token.entryId()), keys.logged(), keys.event(),
                keys.logPrefix()};
        ScriptReply reply = connection.run(LuaScript.KEEP_PASS, scriptKeys,
                EventSettingsHash.withLogSettings(token.ticketId(), pass));
        return switch (reply.outcome()) {
            case FOUND -> Optional.of(reply.text(1));
            case ABSENT -> Optional.empty();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<AdmissionStats> admissionStats(EventId eventId) {
        RedisKeys keys = RedisKeys.of(eventId);
        ScriptReply reply = connection.run(LuaScript.ADMISSION_STATS,
                new String[] {keys.event(), keys.stats(), keys.windows(), keys.admission()});
        return switch (reply.outcome()) {
            case FOUND -> Optional.of(new AdmissionStats(reply.number(1), reply.number(2), reply.number(3),
                    RedisQueueStore.measuredRate(reply.text(4))));
            case ABSENT -> Optional.empty();
            default -> throw reply.unexpectedOutcome();
        };
    }
}
