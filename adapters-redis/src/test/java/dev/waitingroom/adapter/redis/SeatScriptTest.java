package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
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
 * What the seat scripts leave in Redis, inspected directly. How they behave when raced is the contract's
 * to prove (RedisSeatLedgerTest).
 */
class SeatScriptTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration EXPIRED_MEMORY = Duration.ofHours(2);

    private static RedisServerFixture redis;
    private static RedisConnection connection;
    private static RedisQueueStore queues;
    private static RedisAdmissionStore admission;
    private static RedisEventCatalogue catalogue;
    private static RedisClient inspectorClient;
    private static StatefulRedisConnection<String, String> inspectorConnection;
    private static RedisCommands<String, String> inspector;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerFixture.start();
        connection = RedisConnection.open(redis.url(), Duration.ofSeconds(10));
        queues = new RedisQueueStore(connection, Duration.ofMinutes(10));
        admission = new RedisAdmissionStore(connection, RedisAdmissionStore.DEFAULT_BATCH, EXPIRED_MEMORY);
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

    // ---- helpers -------------------------------------------------------------------------------

    private static RedisSeatLedger ledger(int batch) {
        return new RedisSeatLedger(connection, batch, Duration.ofDays(1), EXPIRED_MEMORY);
    }

    private static EventId openEvent(int maxActive, int seats) {
        EventId event = EventId.of("seats-" + UUID.randomUUID());
        catalogue.save(new EventSettings(event, new QueuePolicy(5),
                new AdmissionPolicy(100_000, maxActive, Duration.ofSeconds(600), Duration.ofSeconds(600), false),
                new SeatPolicy(Duration.ofSeconds(300), 8)));
        if (seats > 0) {
            ledger(500).changeSeats(event, new SeatChange(seatIds(1, seats), List.of()));
        }
        return event;
    }

    private static List<SeatId> seatIds(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> SeatId.of("s" + i)).toList();
    }

    private static WaitingToken join(EventId event, String user) {
        WaitingToken token = WaitingToken.issue(event, RANDOM);
        JoinOutcome joined = queues.join(token, Optional.ofNullable(user).map(UserId::of),
                IdempotencyKey.of(UUID.randomUUID().toString()));
        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        return token;
    }

    /** Joins, lets the step admit, and keeps a pass for each: what enter does before anyone may hold. */
    private static List<WaitingToken> admit(EventId event, int people) {
        List<WaitingToken> tokens = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            tokens.add(join(event, null));
        }
        assertThat(admission.step(event).orElseThrow().admitted()).isEqualTo(people);
        tokens.forEach(token -> assertThat(admission.keepPass(token, "pass")).isPresent());
        return tokens;
    }

    private static long serverMillis() {
        List<String> time = inspector.time();
        return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000;
    }

    /** Moves an open hold's end into the past, as if its time had come (hold_ttl_sec is at least 10 s). */
    private static void runOut(EventId event, ReservationId id) {
        RedisKeys keys = RedisKeys.of(event);
        long past = serverMillis() - 1;
        String[] record = inspector.hget(keys.reservations(), id.value()).split("\\|", 4);
        inspector.hset(keys.reservations(), id.value(), record[0] + "|" + record[1] + "|" + past + "|" + record[3]);
        inspector.zadd(keys.holds(), past, id.value());
    }

    private static void assertCountersMatchTheSeats(RedisSeatLedger ledger, EventId event) {
        SeatMap map = ledger.seats(event).orElseThrow();
        assertThat(map.counts()).isEqualTo(map.countedFromSeats());
        assertThat(ledger.seatCounts(event)).contains(map.counts());
    }

    private static Set<String> keysOf(EventId event) {
        return Set.copyOf(inspector.keys("*" + event.value() + "*"));
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    void keepingAPassRecordsTheTicketBehindTheEntryIdUntilTheWindowEnds() {
        EventId event = openEvent(10, 0);
        WaitingToken token = admit(event, 1).getFirst();
        RedisKeys keys = RedisKeys.of(event);

        assertThat(inspector.get(keys.entry(token.entryId()))).isEqualTo(token.ticketId());
        long windowEnd = inspector.zscore(keys.windows(), token.ticketId()).longValue();
        assertThat(inspector.pexpiretime(keys.entry(token.entryId()))).isEqualTo(windowEnd);
    }

    @Test
    void everyKeyOfTheSeatsCarriesTheEventsHashTag() {
        EventId event = openEvent(10, 5);
        RedisSeatLedger ledger = ledger(500);
        WaitingToken token = admit(event, 1).getFirst();
        ReservationId cancelled = ReservationId.issue(RANDOM);
        assertThat(ledger.hold(event, token.entryId(), cancelled, SeatSelection.of("s1"))).isInstanceOf(HoldOutcome.Held.class);
        ledger.cancel(event, cancelled, token.entryId());
        assertThat(ledger.hold(event, token.entryId(), ReservationId.issue(RANDOM), SeatSelection.of("s2")))
                .isInstanceOf(HoldOutcome.Held.class);

        RedisKeys keys = RedisKeys.of(event);
        assertThat(keysOf(event)).contains(keys.seats(), keys.seatCounts(), keys.reservations(), keys.holds(),
                keys.holders(), keys.finished(), keys.entry(token.entryId()));
        assertThat(keysOf(event).stream().map(SlotHash::getSlot).collect(Collectors.toSet())).hasSize(1);
        assertThat(inspector.hgetall(keys.seatCounts())).isEqualTo(Map.of("available", "4", "held", "1", "sold", "0"));
    }

    @Test
    void aConfirmClosesTheWindowAsAnEndedWindowIsClosedAndLetsTheNextPersonIn() {
        EventId event = openEvent(1, 5);
        RedisSeatLedger ledger = ledger(500);
        RedisKeys keys = RedisKeys.of(event);
        WaitingToken buyer = join(event, "alice");
        WaitingToken next = join(event, "bob");
        assertThat(admission.step(event).orElseThrow().admitted()).isEqualTo(1);
        assertThat(admission.keepPass(buyer, "pass")).isPresent();
        ReservationId id = ReservationId.issue(RANDOM);
        assertThat(ledger.hold(event, buyer.entryId(), id, SeatSelection.of("s1", "s2"))).isInstanceOf(HoldOutcome.Held.class);

        long before = serverMillis();
        ConfirmOutcome confirmed = ledger.confirm(event, id, buyer.entryId());
        long after = serverMillis();

        assertThat(confirmed).isInstanceOf(ConfirmOutcome.Confirmed.class);
        assertThat(((ConfirmOutcome.Confirmed) confirmed).reservation().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(inspector.zscore(keys.windows(), buyer.ticketId())).isNull();
        assertThat(inspector.hexists(keys.passes(), buyer.ticketId())).isFalse();
        assertThat(inspector.hexists(keys.tickets(), buyer.ticketId())).isFalse();
        assertThat(inspector.hget(keys.users(), "alice")).as("alice's place under the per-user limit is free").isNull();
        assertThat(inspector.zscore(keys.expired(), buyer.ticketId()))
                .isBetween((double) before + EXPIRED_MEMORY.toMillis(), (double) after + EXPIRED_MEMORY.toMillis());
        assertThat(inspector.exists(keys.entry(buyer.entryId()))).isZero();
        assertThat(inspector.hget(keys.stats(), "left_total")).as("a purchase is not a leave").isNull();
        assertThat(queues.status(buyer)).isInstanceOf(EntryStatus.Expired.class);
        assertThat(inspector.hgetall(keys.seats())).containsEntry("s1", "S:" + id.value()).containsEntry("s2", "S:" + id.value());
        assertThat(inspector.hgetall(keys.seatCounts())).isEqualTo(Map.of("available", "3", "held", "0", "sold", "2"));

        assertThat(admission.step(event).orElseThrow().admitted()).as("the window it used is free at once").isEqualTo(1);
        assertThat(queues.status(next)).isInstanceOf(EntryStatus.Admitted.class);
    }

    @Test
    void aWholeEventOfSeatsIsAddedAndRemovedInOneCallAndARefusedChangeChangesNothing() {
        EventId event = openEvent(10, 0);
        RedisSeatLedger ledger = ledger(500);
        RedisKeys keys = RedisKeys.of(event);
        List<SeatId> all = seatIds(1, SeatPolicy.MAX_SEATS_PER_EVENT);

        assertThat(ledger.changeSeats(event, new SeatChange(all, List.of())))
                .isEqualTo(new SeatChangeOutcome.Changed(new SeatCounts(SeatPolicy.MAX_SEATS_PER_EVENT, 0, 0)));
        assertThat(ledger.seats(event).orElseThrow().seats()).hasSize(SeatPolicy.MAX_SEATS_PER_EVENT);

        assertThat(ledger.changeSeats(event, new SeatChange(List.of(SeatId.of("one-too-many")), List.of())))
                .isEqualTo(new SeatChangeOutcome.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT));
        assertThat(inspector.hexists(keys.seats(), "one-too-many")).isFalse();

        WaitingToken token = admit(event, 1).getFirst();
        ReservationId id = ReservationId.issue(RANDOM);
        assertThat(ledger.hold(event, token.entryId(), id, SeatSelection.of("s99999", "s7"))).isInstanceOf(HoldOutcome.Held.class);
        assertThat(ledger.changeSeats(event, new SeatChange(List.of(), all)))
                .isEqualTo(new SeatChangeOutcome.SeatsInUse(List.of(SeatId.of("s7"), SeatId.of("s99999"))));
        assertThat(inspector.hlen(keys.seats())).isEqualTo(SeatPolicy.MAX_SEATS_PER_EVENT);
        assertThat(ledger.seatCounts(event)).contains(new SeatCounts(SeatPolicy.MAX_SEATS_PER_EVENT - 2, 2, 0));

        ledger.cancel(event, id, token.entryId());
        assertThat(ledger.changeSeats(event, new SeatChange(List.of(), all)))
                .isEqualTo(new SeatChangeOutcome.Changed(SeatCounts.NONE));
        assertThat(ledger.seats(event)).isEmpty();
        assertThat(ledger.seatCounts(event)).isEmpty();
        assertThat(inspector.exists(keys.seats(), keys.seatCounts())).isZero();
    }

    @Test
    void cancelledAndExpiredReservationsAreForgottenAfterTheirMemoryButSalesAreKept() {
        EventId event = openEvent(10, 5);
        RedisSeatLedger ledger = new RedisSeatLedger(connection, 500, Duration.ofMillis(1), EXPIRED_MEMORY);
        RedisKeys keys = RedisKeys.of(event);
        List<WaitingToken> tokens = admit(event, 3);
        ReservationId cancelled = ReservationId.issue(RANDOM);
        ReservationId sold = ReservationId.issue(RANDOM);
        ReservationId expired = ReservationId.issue(RANDOM);
        ledger.hold(event, tokens.get(0).entryId(), cancelled, SeatSelection.of("s1"));
        ledger.hold(event, tokens.get(1).entryId(), sold, SeatSelection.of("s2"));
        ledger.hold(event, tokens.get(2).entryId(), expired, SeatSelection.of("s3"));
        ledger.cancel(event, cancelled, tokens.get(0).entryId());
        ledger.confirm(event, sold, tokens.get(1).entryId());
        runOut(event, expired);
        // (this pass may already forget the cancelled one: a millisecond of memory may be over)
        assertThat(ledger.expireHolds(event)).isEqualTo(new ExpirySweep(1, false));

        long finishedBy = serverMillis();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (serverMillis() <= finishedBy + 1) {
            assertThat(System.nanoTime()).as("the Redis clock moves on").isLessThan(deadline);
            Thread.onSpinWait();
        }
        assertThat(ledger.expireHolds(event)).isEqualTo(new ExpirySweep(0, false));

        assertThat(ledger.reservation(event, cancelled, tokens.get(0).entryId())).isEmpty();
        assertThat(ledger.reservation(event, expired, tokens.get(2).entryId())).isEmpty();
        assertThat(ledger.reservation(event, sold, tokens.get(1).entryId()).orElseThrow().status())
                .isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(inspector.hkeys(keys.reservations())).containsExactly(sold.value());
        assertThat(inspector.exists(keys.finished())).isZero();
        assertCountersMatchTheSeats(ledger, event);
    }

    @Test
    void aNewReservationIdThatIsTakenHoldsNothingAndOverwritesNothing() {
        EventId event = openEvent(10, 3);
        RedisSeatLedger ledger = ledger(500);
        List<WaitingToken> tokens = admit(event, 2);
        ReservationId id = ReservationId.issue(RANDOM);
        ledger.hold(event, tokens.get(0).entryId(), id, SeatSelection.of("s1"));

        assertThatThrownBy(() -> ledger.hold(event, tokens.get(1).entryId(), id, SeatSelection.of("s2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is taken");

        assertThat(ledger.reservation(event, id, tokens.get(0).entryId()).orElseThrow().seats()).containsExactly(SeatId.of("s1"));
        assertThat(ledger.seatCounts(event)).contains(new SeatCounts(2, 1, 0));
    }

    @Test
    void aScriptGivenAnotherNumberOfKeysThanItDeclaresIsRefusedBeforeRedisSeesIt() {
        RedisKeys keys = RedisKeys.of(EventId.of("miscounted"));

        assertThatThrownBy(() -> connection.run(LuaScript.SEAT_COUNTS, new String[] {keys.seatCounts(), keys.seats()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seat_counts.lua declares 1 keys, 2 were passed");
    }
}
