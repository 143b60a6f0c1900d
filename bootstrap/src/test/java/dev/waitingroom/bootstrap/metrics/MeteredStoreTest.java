package dev.waitingroom.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryPersonLog;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatSelection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredStoreTest {

    private static final EventId SHOW = EventId.of("show");
    private static final WaitingToken TOKEN = WaitingToken.of(SHOW, "AAAAAAAAAAAAAAAAAAAAAA");
    private static final ReservationId RESERVATION = new ReservationId("BBBBBBBBBBBBBBBBBBBBBB");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eachCallOfEachPortIsTimedUnderItsOperation() {
        InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
        InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
        MeteredStore store = MeteredStore.over(queues, new InMemoryAdmissionStore(catalogue, queues), catalogue,
                () -> StoreCondition.READY, new InMemorySeatLedger(catalogue, queues), new InMemoryPersonLog(queues),
                new InMemoryFlagStore(), registry);

        store.eventCatalogue().save(new EventSettings(SHOW, QueuePolicy.DEFAULT));
        store.eventCatalogue().find(SHOW);
        store.eventCatalogue().events();
        store.queueStore().join(TOKEN, Optional.of(UserId.of("ann")), IdempotencyKey.of("k1"));
        store.queueStore().status(TOKEN);
        store.queueStore().status(TOKEN);
        store.queueStore().stats(SHOW);
        store.admissionStore().step(SHOW);
        store.admissionStore().enter(TOKEN);
        store.admissionStore().keepPass(TOKEN, "pass");
        store.admissionStore().admissionStats(SHOW);
        store.seatLedger().changeSeats(SHOW, new SeatChange(List.of(SeatId.of("A1")), List.of()));
        store.seatLedger().hold(SHOW, TOKEN.entryId(), RESERVATION, SeatSelection.of("A1"));
        store.seatLedger().reservation(SHOW, RESERVATION, TOKEN.entryId());
        store.seatLedger().cancel(SHOW, RESERVATION, TOKEN.entryId());
        store.seatLedger().confirm(SHOW, RESERVATION, TOKEN.entryId());
        store.seatLedger().expireHolds(SHOW);
        store.seatLedger().seats(SHOW);
        store.seatLedger().seatCounts(SHOW);
        store.personLog().ofUser(SHOW, UserId.of("ann"), Optional.empty(), LogLimit.DEFAULT);
        store.personLog().ofToken(TOKEN, Optional.empty(), LogLimit.DEFAULT);
        store.flagStore().setIfAbsent(FeatureFlag.STREAMS_QUEUE, Rollout.OFF);
        store.flagStore().set(FeatureFlag.STREAMS_QUEUE, Rollout.ON);
        store.flagStore().read();
        store.queueStore().leave(TOKEN);
        store.storeHealth().check();

        assertThat(calls("save_event", "ok")).isEqualTo(1);
        assertThat(calls("find_event", "ok")).isEqualTo(1);
        assertThat(calls("list_events", "ok")).isEqualTo(1);
        assertThat(calls("join", "ok")).isEqualTo(1);
        assertThat(calls("status", "ok")).isEqualTo(2);
        assertThat(calls("stats", "ok")).isEqualTo(1);
        assertThat(calls("admission_step", "ok")).isEqualTo(1);
        assertThat(calls("enter", "ok")).isEqualTo(1);
        assertThat(calls("keep_pass", "ok")).isEqualTo(1);
        assertThat(calls("admission_stats", "ok")).isEqualTo(1);
        assertThat(calls("leave", "ok")).isEqualTo(1);
        assertThat(calls("health_check", "ok")).isEqualTo(1);
        for (String seatCall : List.of("change_seats", "hold", "reservation", "cancel", "confirm", "expire_holds",
                "seat_map", "seat_counts")) {
            assertThat(calls(seatCall, "ok")).as(seatCall).isEqualTo(1);
        }
        for (String logOrFlagCall : List.of("user_log", "token_history", "read_flags", "set_flag", "seed_flag")) {
            assertThat(calls(logOrFlagCall, "ok")).as(logOrFlagCall).isEqualTo(1);
        }
        assertThat(registry.find(StoreCallTimers.NAME).timers()).as("no failure, no failure series")
                .allSatisfy(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("ok"));
    }

    @Test
    void everyOperationHasItsSeriesBeforeItsFirstCall() {
        over(new FailingStore());

        assertThat(registry.find(StoreCallTimers.NAME).timers()).extracting(timer -> timer.getId().getTag("operation"))
                .containsExactlyInAnyOrder("join", "status", "leave", "stats", "admission_step", "enter", "keep_pass",
                        "admission_stats", "save_event", "find_event", "list_events", "health_check", "hold", "reservation",
                        "confirm", "cancel", "expire_holds", "change_seats", "seat_map", "seat_counts", "user_log",
                        "token_history", "read_flags", "set_flag", "seed_flag");
    }

    @Test
    void aFailedCallIsTimedAsUnavailableOrAsAnError() {
        MeteredStore store = over(new FailingStore());

        assertThatThrownBy(() -> store.queueStore().status(TOKEN)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.queueStore().stats(SHOW)).isInstanceOf(IllegalStateException.class);

        assertThat(calls("status", "unavailable")).isEqualTo(1);
        assertThat(calls("stats", "error")).isEqualTo(1);
        assertThat(calls("status", "ok") + calls("stats", "ok")).isZero();
    }

    private MeteredStore over(QueueStore queues) {
        InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
        InMemoryAdmissionStore admission = new InMemoryAdmissionStore(catalogue,
                new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1)));
        InMemoryQueueStore otherQueues = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
        return MeteredStore.over(queues, admission, catalogue, () -> StoreCondition.READY,
                new InMemorySeatLedger(catalogue, otherQueues), new InMemoryPersonLog(otherQueues), new InMemoryFlagStore(),
                registry);
    }

    private long calls(String operation, String outcome) {
        return registry.get(StoreCallTimers.NAME).tag("operation", operation).tag("outcome", outcome).timer().count();
    }

    /** Unavailable for status, a bug for stats. */
    private static final class FailingStore implements QueueStore {
        @Override
        public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EntryStatus status(WaitingToken token) {
            throw new StoreUnavailableException("timed out", null);
        }

        @Override
        public boolean leave(WaitingToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<QueueStats> stats(EventId eventId) {
            throw new IllegalStateException("a bug");
        }
    }
}
