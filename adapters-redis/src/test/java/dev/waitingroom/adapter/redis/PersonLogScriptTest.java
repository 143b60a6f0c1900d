package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the person logs look like inside Redis, to a downstream service that follows one person with
 * {@code XREAD}: the stream's key and fields (the layout the README documents), its expiry and its bound.
 * How the log behaves is the contract's to prove (RedisPersonLogTest).
 */
class PersonLogScriptTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LOG_TTL = Duration.ofHours(2);

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;
    private static RedisSeatLedger seats;
    private static RedisPersonLog logs;
    private static RedisClient inspectorClient;
    private static StatefulRedisConnection<String, String> inspectorConnection;
    private static RedisCommands<String, String> inspector;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(10));
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection);
        catalogue = new RedisEventCatalogue(connection);
        seats = new RedisSeatLedger(connection);
        logs = new RedisPersonLog(connection);
        inspectorClient = RedisClient.create(redis.url());
        inspectorConnection = inspectorClient.connect();
        inspector = inspectorConnection.sync();
    }

    @AfterAll
    static void stopRedis() {
        if (inspectorConnection != null) {
            inspectorConnection.close();
            inspectorClient.shutdown();
        }
        if (connection != null) {
            connection.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static EventId openEvent(LogPolicy log) {
        EventId event = EventId.of("log-" + UUID.randomUUID());
        catalogue.save(new EventSettings(event, new QueuePolicy(5),
                new AdmissionPolicy(100_000, 100, Duration.ofSeconds(600), Duration.ofSeconds(600), false),
                new SeatPolicy(Duration.ofSeconds(300), 8), log));
        seats.changeSeats(event, new SeatChange(IntStream.rangeClosed(1, 5).mapToObj(i -> SeatId.of("s" + i)).toList(), List.of()));
        return event;
    }

    private static WaitingToken join(EventId event, String user) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        JoinOutcome joined = queues.join(token, Optional.ofNullable(user).map(UserId::of),
                IdempotencyKey.of(UUID.randomUUID().toString()), true);
        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        return token;
    }

    private static List<StreamMessage<String, String>> stream(String key) {
        return inspector.xrange(key, Range.create("-", "+"));
    }

    private static long serverMillis() {
        List<String> time = inspector.time();
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    // ---- tests ---------------------------------------------------------------------------------

    /** The layout the README documents, spelled out here rather than taken from RedisKeys. */
    @Test
    void aConsumerReadsEachChangeOfAUserFromTheUsersStreamWithTheDocumentedFieldsInOrder() {
        EventId event = openEvent(LogPolicy.DEFAULT);
        long before = serverMillis();
        WaitingToken token = join(event, "alice");
        admission.step(event).orElseThrow();
        long windowEnds = inspector.zscore(RedisKeys.of(event).windows(), token.ticketId()).longValue();
        assertThat(admission.keepPass(token, "pass")).isPresent();
        ReservationId reservation = ReservationId.issue(RANDOM);
        HoldOutcome held = seats.hold(event, token.entryId(), reservation, SeatSelection.of("s2", "s1"));
        assertThat(held).isInstanceOf(HoldOutcome.Held.class);
        assertThat(seats.confirm(event, reservation, token.entryId())).isInstanceOf(ConfirmOutcome.Confirmed.class);

        String key = "wr:{" + event.value() + "}:user:alice:log";
        List<StreamMessage<String, String>> entries = inspector.xread(XReadArgs.Builder.count(100), XReadArgs.StreamOffset.from(key, "0"));

        assertThat(entries).extracting(entry -> entry.getBody().get("type"))
                .containsExactly("joined", "admitted", "entered", "held", "confirmed", "window_closed");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(List.copyOf(entry.getBody().keySet()).subList(0, 3)).containsExactly("type", "ticket", "at");
            assertThat(entry.getBody()).containsEntry("ticket", token.ticketId());
            assertThat(Long.parseLong(entry.getBody().get("at"))).isBetween(before, serverMillis());
            assertThat(entry.getId()).matches("\\d+-\\d+");
        });
        String holdEnds = Long.toString(((HoldOutcome.Held) held).reservation().holdExpiresAt().toEpochMilli());
        assertThat(entries.get(0).getBody()).containsExactly(Map.entry("type", "joined"), Map.entry("ticket", token.ticketId()),
                Map.entry("at", entries.get(0).getBody().get("at")), Map.entry("position", "1"));
        assertThat(entries.get(1).getBody()).containsEntry("window_ends", Long.toString(windowEnds));
        assertThat(entries.get(3).getBody()).containsEntry("reservation_id", reservation.value())
                .containsEntry("seat_ids", "s2,s1").containsEntry("hold_ends", holdEnds);
        assertThat(entries.get(4).getBody()).containsEntry("reservation_id", reservation.value()).containsEntry("seat_ids", "s2,s1");
        assertThat(entries.get(5).getBody()).containsEntry("reason", "purchased");
    }

    @Test
    void anAnonymousEntrysStreamIsNamedByItsTicketAndTheMarkerNamesEveryonesPerson() {
        EventId event = openEvent(LogPolicy.DEFAULT);
        WaitingToken anonymous = join(event, null);
        WaitingToken bob = join(event, "bob.b:1");
        WaitingToken unlogged = WaitingToken.issue(event, RANDOM);
        queues.join(unlogged, Optional.empty(), IdempotencyKey.of(UUID.randomUUID().toString()), false);

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
        EventId event = openEvent(new LogPolicy(100, LOG_TTL));
        WaitingToken token = join(event, "carol");
        String key = RedisKeys.of(event).userLog(UserId.of("carol"));
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());

        inspector.pexpire(key, 5_000);
        admission.step(event).orElseThrow();

        assertThat(stream(key)).hasSize(2);
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());
        assertThat(queues.leave(token)).isTrue();
        assertThat(inspector.pttl(key)).isBetween(LOG_TTL.toMillis() - 10_000, LOG_TTL.toMillis());
    }

    /** An event configured before person logs existed has no log fields: its logs take the defaults. */
    @Test
    void anEventHashWithoutLogSettingsLogsWithTheDefaults() {
        EventId event = openEvent(new LogPolicy(10, LOG_TTL));
        inspector.hdel(RedisKeys.of(event).event(), EventSettingsHash.LOG_MAX_ENTRIES, EventSettingsHash.LOG_TTL_SEC);
        for (int i = 0; i < 150; i++) {
            queues.leave(join(event, "dave"));
        }

        String key = RedisKeys.of(event).userLog(UserId.of("dave"));
        assertThat(inspector.pttl(key)).isBetween(LogPolicy.DEFAULT.ttl().toMillis() - 10_000, LogPolicy.DEFAULT.ttl().toMillis());
        assertThat(inspector.xlen(key)).isBetween(100L, 200L);
        assertThat(catalogue.find(event).orElseThrow().logPolicy()).isEqualTo(LogPolicy.DEFAULT);
    }

    /** MAXLEN ~ trims whole nodes of 100 entries (stream-node-max-entries): never below the bound, at most a node above. */
    @Test
    void aStreamKeepsTheNewestLogMaxEntriesAndAtMostOneStreamNodeMore() {
        EventId event = openEvent(new LogPolicy(10, LOG_TTL));
        WaitingToken last = null;
        for (int i = 0; i < 250; i++) {
            last = join(event, "erin");
            queues.leave(last);
        }

        String key = RedisKeys.of(event).userLog(UserId.of("erin"));
        assertThat(inspector.xlen(key)).isBetween(10L, 110L);
        List<StreamMessage<String, String>> newest = inspector.xrevrange(key, Range.create("-", "+"), io.lettuce.core.Limit.from(2));
        assertThat(newest).extracting(entry -> entry.getBody().get("type")).containsExactly("left", "joined");
        assertThat(newest.getFirst().getBody()).containsEntry("ticket", last.ticketId());
        assertThat(logs.ofUser(event, UserId.of("erin"), Optional.empty(), LogLimit.DEFAULT).entries().getLast().ticketId())
                .isEqualTo(last.ticketId());
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
            if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() != String.class) {
                continue;
            }
            Object[] args = java.util.Arrays.stream(method.getParameterTypes()).map(PersonLogScriptTest::sample).toArray();
            names.add((String) method.invoke(keys, args));
        }

        assertThat(names).hasSizeGreaterThan(20).allSatisfy(name -> {
            assertThat(name).startsWith("wr:{tagged}:");
            assertThat(SlotHash.getSlot(name)).isEqualTo(slot);
        });
        // what person_log.lua builds: the prefix, then a person of any user id or ticket
        for (String person : List.of("user:a}b{c", "user:" + "x".repeat(64), "ticket:" + WaitingToken.issue(event, RANDOM).ticketId())) {
            assertThat(SlotHash.getSlot(keys.logPrefix() + person + ":log")).isEqualTo(slot);
        }
    }

    @Test
    void theKeysOfAnEventWithLogsShareOneSlotAndEachStreamHoldsOnlyItsEventsTickets() {
        EventId first = openEvent(LogPolicy.DEFAULT);
        EventId second = openEvent(LogPolicy.DEFAULT);
        WaitingToken inFirst = join(first, "frank");
        WaitingToken inSecond = join(second, "frank");
        admission.step(first);
        admission.step(second);
        queues.leave(inSecond);

        for (EventId event : List.of(first, second)) {
            Set<String> keys = Set.copyOf(inspector.keys("*" + event.value() + "*"));
            assertThat(keys).contains(RedisKeys.of(event).userLog(UserId.of("frank")));
            assertThat(keys.stream().map(SlotHash::getSlot).collect(Collectors.toSet())).hasSize(1);
        }
        assertThat(stream(RedisKeys.of(first).userLog(UserId.of("frank")))).extracting(entry -> entry.getBody().get("ticket"))
                .containsOnly(inFirst.ticketId());
        assertThat(stream(RedisKeys.of(second).userLog(UserId.of("frank")))).extracting(entry -> entry.getBody().get("type"))
                .containsExactly("joined", "admitted", "left");
    }

    /** The hold keeps its log with it: its end is logged after its holder left, when no marker is left. */
    @Test
    void aHoldThatEndsAfterItsHolderLeftIsStillLoggedOnce() {
        EventId event = openEvent(LogPolicy.DEFAULT);
        WaitingToken token = join(event, "grace");
        admission.step(event).orElseThrow();
        admission.keepPass(token, "pass");
        ReservationId reservation = ReservationId.issue(RANDOM);
        assertThat(seats.hold(event, token.entryId(), reservation, SeatSelection.of("s3"))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(queues.leave(token)).isTrue();
        assertThat(inspector.hexists(RedisKeys.of(event).logged(), token.ticketId())).isFalse();

        seats.cancel(event, reservation, token.entryId());
        seats.cancel(event, reservation, token.entryId());

        assertThat(stream(RedisKeys.of(event).userLog(UserId.of("grace")))).extracting(entry -> entry.getBody().get("type"))
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
