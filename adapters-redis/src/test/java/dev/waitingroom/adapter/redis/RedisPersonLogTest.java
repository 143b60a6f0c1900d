package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.PersonLogContract;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.Reservation;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The person logs on Redis, held to the contract of the in-memory reference model, against the server's own
 * clock; then what only Redis shows, looked at directly: the stream's key and fields as a downstream service
 * that follows one person with {@code XREAD} sees them (the layout the README documents), its expiry and its
 * bound, and that every key stays in its event's slot.
 */
class RedisPersonLogTest extends PersonLogContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LOG_TTL = Duration.ofHours(2);

    private static RedisTestServer redis;
    private static RedisCommands<String, String> inspector;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;
    private static RedisSeatLedger seats;
    private static RedisPersonLog logs;

    @BeforeAll
    static void startRedis() {
        redis = RedisTestServer.start();
        inspector = redis.inspector();
        RedisConnection connection = redis.connection();
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection);
        catalogue = new RedisEventCatalogue(connection);
        seats = new RedisSeatLedger(connection);
        logs = new RedisPersonLog(connection);
    }

    @AfterAll
    static void stopRedis() {
        RedisTestServer.stop(redis);
    }

    @Override
    protected QueueStore queueStore() {
        return queues;
    }

    @Override
    protected AdmissionStore admissionStore() {
        return admission;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }

    @Override
    protected SeatLedger seatLedger() {
        return seats;
    }

    @Override
    protected PersonLog personLog() {
        return logs;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        redis.letTimePass(time);
    }

    @Override
    protected long storeMillis() {
        return redis.millis();
    }

    /**
     * An hour cannot be waited for: the stream's expiry time, which Redis keeps, must be the end (the script's
     * PEXPIRE counts from its own clock, a millisecond or so after the entry's time). Then the end is brought
     * to now, as time would: Redis forgets the stream, and the log reads as empty.
     */
    @Override
    protected void assertLogForgottenAt(EventId event, UserId user, Instant end) {
        String stream = RedisKeys.of(event).userLog(user);
        assertThat(inspector.pexpiretime(stream)).isBetween(end.toEpochMilli(), end.toEpochMilli() + 100);
        assertThat(logs.ofUser(event, user, Optional.empty(), LogLimit.DEFAULT).entries()).isNotEmpty();

        inspector.pexpireat(stream, redis.millis());

        assertThat(logs.ofUser(event, user, Optional.empty(), LogLimit.DEFAULT)).isEqualTo(LogPage.EMPTY);
        assertThat(inspector.exists(stream)).isZero();
    }

    // ---- what only Redis shows -----------------------------------------------------------------------

    private static List<StreamMessage<String, String>> stream(String key) {
        return inspector.xrange(key, Range.create("-", "+"));
    }

    private static List<String> typesIn(String key) {
        return stream(key).stream().map(entry -> entry.getBody().get("type")).toList();
    }

    /** The layout the README documents, spelled out here rather than taken from RedisKeys. */
    @Test
    void aConsumerReadsEachChangeOfAUserFromTheUsersStreamWithTheDocumentedFieldsInOrder() {
        EventId event = event("s1", "s2");
        long before = redis.millis();
        WaitingToken token = join(event, UserId.of("alice"));
        admitEveryone(event);
        long windowEnds = inspector.zscore(RedisKeys.of(event).windows(), token.ticketId()).longValue();
        Reservation hold = held(event, keepPass(token), "s2", "s1");
        assertThat(seats.confirm(event, hold.id(), token.entryId())).isInstanceOf(ConfirmOutcome.Confirmed.class);

        String key = "wr:{" + event.value() + "}:user:alice:log";
        List<StreamMessage<String, String>> entries =
                inspector.xread(XReadArgs.Builder.count(100), XReadArgs.StreamOffset.from(key, "0"));

        assertThat(entries).extracting(entry -> entry.getBody().get("type"))
                .containsExactly("joined", "admitted", "entered", "held", "confirmed", "window_closed");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getId()).matches("\\d+-\\d+");
            assertThat(List.copyOf(entry.getBody().keySet()).subList(0, 3)).containsExactly("type", "ticket", "at");
            assertThat(entry.getBody()).containsEntry("ticket", token.ticketId());
            assertThat(Long.parseLong(entry.getBody().get("at"))).isBetween(before, redis.millis());
        });
        assertThat(entries.get(0).getBody()).containsExactly(Map.entry("type", "joined"), Map.entry("ticket", token.ticketId()),
                Map.entry("at", entries.get(0).getBody().get("at")), Map.entry("position", "1"));
        assertThat(entries.get(1).getBody()).containsEntry("window_ends", Long.toString(windowEnds));
        assertThat(entries.get(3).getBody()).containsEntry("reservation_id", hold.id().value())
                .containsEntry("seat_ids", "s2,s1").containsEntry("hold_ends", millis(hold.holdExpiresAt()));
        assertThat(entries.get(4).getBody()).containsEntry("reservation_id", hold.id().value()).containsEntry("seat_ids", "s2,s1");
        assertThat(entries.get(5).getBody()).containsEntry("reason", "purchased");
    }

    @Test
    void anAnonymousEntrysStreamIsNamedByItsTicketAndTheMarkerNamesEachLoggedEntrysPerson() {
        EventId event = event();
        WaitingToken anonymous = join(event, Optional.empty(), true);
        WaitingToken bob = join(event, UserId.of("bob.b:1"));
        WaitingToken unlogged = join(event, Optional.empty(), false);

        String prefix = "wr:{" + event.value() + "}:";
        assertThat(stream(prefix + "ticket:" + anonymous.ticketId() + ":log")).singleElement()
                .satisfies(entry -> assertThat(entry.getBody()).containsEntry("type", "joined").containsEntry("position", "1"));
        assertThat(stream(prefix + "user:bob.b:1:log")).singleElement()
                .satisfies(entry -> assertThat(entry.getBody()).containsEntry("position", "2"));
        assertThat(inspector.exists(prefix + "ticket:" + unlogged.ticketId() + ":log")).isZero();
        assertThat(inspector.hgetall(prefix + "logged")).isEqualTo(Map.of(
                anonymous.ticketId(), "ticket:" + anonymous.ticketId(), bob.ticketId(), "user:bob.b:1"));
    }

    @Test
    void everyAppendSetsTheStreamToExpireLogTtlSecAfterIt() {
        EventId event = event(new LogPolicy(100, LOG_TTL));
        WaitingToken token = join(event, UserId.of("carol"));
        String key = RedisKeys.of(event).userLog(UserId.of("carol"));
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());

        inspector.pexpire(key, 5_000);
        admitEveryone(event);
        assertThat(typesIn(key)).containsExactly("joined", "admitted");
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());

        inspector.pexpire(key, 5_000);
        assertThat(queues.leave(token)).isTrue();
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());
    }

    /** An event configured before person logs existed has no log fields: its logs take the defaults. */
    @Test
    void anEventHashWithoutLogSettingsLogsWithTheDefaults() {
        EventId event = event(new LogPolicy(10, LOG_TTL));
        inspector.hdel(RedisKeys.of(event).event(), EventSettingsHash.LOG_MAX_ENTRIES, EventSettingsHash.LOG_TTL_SEC);
        for (int i = 0; i < 150; i++) {
            queues.leave(join(event, UserId.of("dave")));
        }

        String key = RedisKeys.of(event).userLog(UserId.of("dave"));
        Duration ttl = LogPolicy.DEFAULT.ttl();
        assertThat(inspector.pttl(key)).isBetween(ttl.toMillis() - 10_000, ttl.toMillis());
        assertThat(inspector.xlen(key)).as("300 appended, about 100 kept").isBetween(100L, 200L);
        assertThat(catalogue.find(event).orElseThrow().logPolicy()).isEqualTo(LogPolicy.DEFAULT);
    }

    /** MAXLEN ~ trims whole nodes of 100 entries (stream-node-max-entries): never below the bound, at most a node above. */
    @Test
    void aStreamHoldsAtMostOneStreamNodeMoreThanLogMaxEntriesHoweverManyChanges() {
        EventId event = event(new LogPolicy(10, LOG_TTL));
        UserId user = UserId.of("erin");
        String key = RedisKeys.of(event).userLog(user);
        WaitingToken last = null;
        for (int i = 0; i < 1000; i++) {
            last = join(event, user);
            queues.leave(last);
            assertThat(inspector.xlen(key)).isLessThanOrEqualTo(110L);
        }

        assertThat(inspector.xlen(key)).isBetween(10L, 110L);
        List<StreamMessage<String, String>> newest = inspector.xrevrange(key, Range.create("-", "+"), Limit.from(2));
        assertThat(newest).extracting(entry -> entry.getBody().get("type")).containsExactly("left", "joined");
        assertThat(newest.getFirst().getBody()).containsEntry("ticket", last.ticketId());
    }

    /**
     * Keys come from RedisKeys only, one instance per call: every name it gives, the person streams the scripts
     * build from its prefix included, carries the event's tag, so a script cannot be handed another event's key.
     */
    @Test
    void everyKeyAnEventsRedisKeysNamesIsInThatEventsSlot() throws ReflectiveOperationException {
        EventId event = EventId.of("tagged");
        RedisKeys keys = RedisKeys.of(event);
        int slot = SlotHash.getSlot(keys.queue());
        List<String> names = new ArrayList<>();
        for (Method method : RedisKeys.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() == String.class) {
                names.add((String) method.invoke(keys, Arrays.stream(method.getParameterTypes()).map(RedisPersonLogTest::sample).toArray()));
            }
        }

        assertThat(names).hasSizeGreaterThan(20).allSatisfy(name -> {
            assertThat(name).startsWith("wr:{tagged}:");
            assertThat(SlotHash.getSlot(name)).isEqualTo(slot);
        });
        // what person_log.lua builds: the prefix, then the person, whatever the user id
        for (String person : List.of("user:a}b{c", "user:" + "x".repeat(64), "ticket:" + WaitingToken.issue(event, RANDOM).ticketId())) {
            assertThat(SlotHash.getSlot(keys.logPrefix() + person + ":log")).isEqualTo(slot);
        }
    }

    @Test
    void theKeysOfAnEventWithLogsShareOneSlotAndEachStreamHoldsOnlyItsEventsChanges() {
        EventId first = event();
        EventId second = event();
        UserId frank = UserId.of("frank");
        WaitingToken inFirst = join(first, frank);
        WaitingToken inSecond = join(second, frank);
        admitEveryone(first);
        admitEveryone(second);
        assertThat(queues.leave(inSecond)).isTrue();

        for (EventId event : List.of(first, second)) {
            Set<String> keys = Set.copyOf(inspector.keys("*" + event.value() + "*"));
            assertThat(keys).contains(RedisKeys.of(event).userLog(frank));
            assertThat(keys.stream().map(SlotHash::getSlot).collect(Collectors.toSet())).hasSize(1);
        }
        assertThat(stream(RedisKeys.of(first).userLog(frank))).extracting(entry -> entry.getBody().get("ticket"))
                .containsOnly(inFirst.ticketId());
        assertThat(typesIn(RedisKeys.of(second).userLog(frank))).containsExactly("joined", "admitted", "left");
    }

    /** The hold keeps its log with it: its end is logged after its holder left, when the marker is gone. */
    @Test
    void aHoldThatEndsAfterItsHolderLeftIsStillLoggedOnce() {
        EventId event = event("s3");
        UserId grace = UserId.of("grace");
        WaitingToken token = join(event, grace);
        admitEveryone(event);
        Reservation hold = held(event, keepPass(token), "s3");
        assertThat(queues.leave(token)).isTrue();
        assertThat(inspector.hexists(RedisKeys.of(event).logged(), token.ticketId())).isFalse();

        seats.cancel(event, hold.id(), token.entryId());
        seats.cancel(event, hold.id(), token.entryId());

        assertThat(typesIn(RedisKeys.of(event).userLog(grace)))
                .containsExactly("joined", "admitted", "entered", "held", "left", "cancelled");
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == IdempotencyKey.class) {
            return IdempotencyKey.of("k");
        }
        if (type == UserId.class) {
            return UserId.of("u");
        }
        throw new IllegalArgumentException("no sample of " + type);
    }
}
