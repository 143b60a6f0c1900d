package dev.waitingroom.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingEntry;
import dev.waitingroom.domain.queue.WaitingToken;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredStoreTest {

    private static final EventId SHOW = EventId.of("show");
    private static final WaitingToken TOKEN = WaitingToken.of(SHOW, "AAAAAAAAAAAAAAAAAAAAAA");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eachCallOfEachPortIsTimedUnderItsOperation() {
        InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
        MeteredStore store = MeteredStore.over(new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1)),
                catalogue, () -> StoreCondition.READY, registry);

        store.eventCatalogue().save(new EventSettings(SHOW, QueuePolicy.DEFAULT));
        store.eventCatalogue().find(SHOW);
        store.eventCatalogue().events();
        store.queueStore().join(TOKEN, Optional.of(UserId.of("ann")), IdempotencyKey.of("k1"));
        store.queueStore().find(TOKEN);
        store.queueStore().find(TOKEN);
        store.queueStore().stats(SHOW);
        store.queueStore().leave(TOKEN);
        store.storeHealth().check();

        assertThat(calls("save_event", "ok")).isEqualTo(1);
        assertThat(calls("find_event", "ok")).isEqualTo(1);
        assertThat(calls("list_events", "ok")).isEqualTo(1);
        assertThat(calls("join", "ok")).isEqualTo(1);
        assertThat(calls("find", "ok")).isEqualTo(2);
        assertThat(calls("stats", "ok")).isEqualTo(1);
        assertThat(calls("leave", "ok")).isEqualTo(1);
        assertThat(calls("health_check", "ok")).isEqualTo(1);
        assertThat(registry.find(StoreCallTimers.NAME).timers()).as("no failure, no failure series")
                .allSatisfy(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("ok"));
    }

    @Test
    void everyOperationHasItsSeriesBeforeItsFirstCall() {
        MeteredStore.over(new FailingStore(), new InMemoryEventCatalogue(), () -> StoreCondition.READY, registry);

        assertThat(registry.find(StoreCallTimers.NAME).timers()).extracting(timer -> timer.getId().getTag("operation"))
                .containsExactlyInAnyOrder("join", "find", "leave", "stats", "save_event", "find_event", "list_events",
                        "health_check");
    }

    @Test
    void aFailedCallIsTimedAsUnavailableOrAsAnError() {
        MeteredStore store = MeteredStore.over(new FailingStore(), new InMemoryEventCatalogue(), () -> StoreCondition.READY, registry);

        assertThatThrownBy(() -> store.queueStore().find(TOKEN)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.queueStore().stats(SHOW)).isInstanceOf(IllegalStateException.class);

        assertThat(calls("find", "unavailable")).isEqualTo(1);
        assertThat(calls("stats", "error")).isEqualTo(1);
        assertThat(calls("find", "ok") + calls("stats", "ok")).isZero();
    }

    private long calls(String operation, String outcome) {
        return registry.get(StoreCallTimers.NAME).tag("operation", operation).tag("outcome", outcome).timer().count();
    }

    /** Unavailable for finds, a bug for stats. */
    private static final class FailingStore implements QueueStore {
        @Override
        public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WaitingEntry> find(WaitingToken token) {
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
