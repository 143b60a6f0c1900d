package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.JoinOutcome.Joined;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the scripts leave in Redis, inspected directly (the tests may use KEYS; the adapter may not). */
class JoinScriptTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration IDEMPOTENCY_TTL = Duration.ofMinutes(10);

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisQueueStore store;
    private static RedisEventCatalogue catalogue;
    private static RedisClient inspectorClient;
    private static StatefulRedisConnection<String, String> inspectorConnection;
    private static RedisCommands<String, String> inspector;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(5));
        store = new RedisQueueStore(connection, IDEMPOTENCY_TTL);
        catalogue = new RedisEventCatalogue(connection);
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

    private static EventId openEvent() {
        EventId event = EventId.of("script-" + UUID.randomUUID());
        catalogue.save(new EventSettings(event, QueuePolicy.DEFAULT));
        return event;
    }

    /** A join that was accepted, with the token it was made under. */
    private record Made(WaitingToken token, long position, QueueScore score) {
    }

    private static Made join(EventId event, String user, String key) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        JoinOutcome outcome = store.join(token, Optional.ofNullable(user).map(UserId::of), IdempotencyKey.of(key));
        assertThat(outcome).isInstanceOf(Joined.class);
        return new Made(token, ((Joined) outcome).position(), ((Joined) outcome).score());
    }

    private static long serverMillis() {
        List<String> time = inspector.time();
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    private static Set<String> keysOf(EventId event) {
        return Set.copyOf(inspector.keys("*" + event.value() + "*"));
    }

    @Test
    void theScoreIsTheRedisServersTimeOfTheJoin() {
        EventId event = openEvent();
        long before = serverMillis();
        Made joined = join(event, "alice", "k-time");
        long after = serverMillis();

        // a fresh event has no earlier score to follow, so nothing spills: the score is the floor of TIME
        assertThat(joined.score().time()).isBetween(Instant.ofEpochMilli(before), Instant.ofEpochMilli(after));
        assertThat(joined.score().sequence()).isZero();
        assertThat(inspector.get(RedisKeys.of(event).seq())).isEqualTo(Long.toString(joined.score().encode()));
    }

    @Test
    void scoresKeepIncreasingWhenTheClockStepsBack() {
        EventId event = openEvent();
        // the last score was issued an hour "later" than the server's clock now says (a fail-over to a late clock)
        long ahead = QueueScore.floorOf(serverMillis() + Duration.ofHours(1).toMillis()) + 7;
        inspector.set(RedisKeys.of(event).seq(), Long.toString(ahead));

        List<Made> joins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            joins.add(join(event, null, "k-" + i));
        }

        assertThat(joins).extracting(j -> j.score().encode()).containsExactly(ahead + 1, ahead + 2, ahead + 3);
        assertThat(joins).extracting(Made::position).containsExactly(1L, 2L, 3L);
        assertThat(((EntryStatus.Waiting) store.status(joins.get(2).token())).position()).isEqualTo(3);
    }

    @Test
    void scoresKeepEveryDigitNearTheTopOfTheRange() {
        EventId event = openEvent();
        // 16 significant digits: Lua's default %.14g number formatting would round these
        long last = QueueScore.MAX_ENCODED - 10;
        inspector.set(RedisKeys.of(event).seq(), Long.toString(last));

        Made first = join(event, null, "k-1");
        Made second = join(event, null, "k-2");

        assertThat(first.score().encode()).isEqualTo(last + 1);
        assertThat(second.score().encode()).isEqualTo(last + 2);
        assertThat(inspector.zscore(RedisKeys.of(event).queue(), second.token().ticketId())).isEqualTo((double) (last + 2));
        assertThat(((EntryStatus.Waiting) store.status(second.token())).joinedAt()).isEqualTo(second.score().time());
    }

    @Test
    void everyKeyOfAJoinCarriesTheEventsHashTagAndLeavingLeavesOnlyTheEventsOwnKeys() {
        EventId event = openEvent();
        RedisKeys keys = RedisKeys.of(event);
        Made joined = join(event, "alice", "k-layout");

        Set<String> afterJoin = keysOf(event);
        assertThat(afterJoin).containsExactlyInAnyOrder(keys.event(), keys.queue(), keys.seq(),
                keys.idempotency(IdempotencyKey.of("k-layout")), keys.tickets(), keys.alive(),
                keys.users(), keys.stats());
        assertThat(afterJoin).allSatisfy(key -> assertThat(key).startsWith("wr:{" + event.value() + "}:"));
        assertThat(afterJoin.stream().map(SlotHash::getSlot).collect(Collectors.toSet())).hasSize(1);

        assertThat(store.leave(joined.token())).isTrue();

        // the queue, tickets, alive and users were emptied, and Redis drops empty collections; the used
        // idempotency key stays until its TTL, but join.lua treats it as free since its entry is gone
        assertThat(keysOf(event)).containsExactlyInAnyOrder(keys.event(), keys.seq(), keys.stats(),
                keys.idempotency(IdempotencyKey.of("k-layout")));
    }

    @Test
    void theIdempotencyKeyRemembersTheTicketAndWhoUsedIt() {
        EventId event = openEvent();
        Made alices = join(event, "alice", "k-owner");
        Made anonymous = join(event, null, "k-anonymous");

        assertThat(inspector.get(RedisKeys.of(event).idempotency(IdempotencyKey.of("k-owner"))))
                .isEqualTo(alices.token().ticketId() + ":alice");
        assertThat(inspector.get(RedisKeys.of(event).idempotency(IdempotencyKey.of("k-anonymous"))))
                .isEqualTo(anonymous.token().ticketId() + ":");
    }

    @Test
    void theIdempotencyKeyExpiresAfterTheConfiguredTime() {
        EventId event = openEvent();
        join(event, "alice", "k-ttl");

        long ttlMillis = inspector.pttl(RedisKeys.of(event).idempotency(IdempotencyKey.of("k-ttl")));

        assertThat(ttlMillis).isBetween(IDEMPOTENCY_TTL.minusSeconds(30).toMillis(), IDEMPOTENCY_TTL.toMillis());
    }

    @Test
    void aJoinWorksAfterTheScriptCacheWasFlushedAndThenUsesTheCacheAgain() {
        EventId event = openEvent();
        inspector.configResetstat();
        inspector.scriptFlush();

        join(event, "alice", "k-flushed-1");
        join(event, "alice", "k-flushed-2");

        // the first EVALSHA met NOSCRIPT and the body was sent once; the second join ran by SHA again
        String stats = inspector.info("commandstats");
        assertThat(callsOf(stats, "eval")).isEqualTo(1);
        assertThat(callsOf(stats, "evalsha")).isEqualTo(2);
        assertThat(inspector.scriptExists(LuaScript.JOIN.sha())).containsExactly(true);
        assertThat(store.stats(event).orElseThrow().waiting()).isEqualTo(2);
    }

    private static long callsOf(String commandStats, String command) {
        Matcher matcher = Pattern.compile("cmdstat_" + command + ":calls=(\\d+)").matcher(commandStats);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
