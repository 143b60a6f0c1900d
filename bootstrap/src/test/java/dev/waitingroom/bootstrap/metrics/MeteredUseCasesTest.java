package dev.waitingroom.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredUseCasesTest {

    private static final EventId SHOW = EventId.of("show");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
    private final WaitingRoomUseCases useCases = MeteredUseCases.over(WaitingRoomServices.over(new WaitingRoomServices.Ports(
            queues, new InMemoryAdmissionStore(catalogue, queues), catalogue, new InMemoryStoreHealth(),
            pass -> "pass:" + pass.passId())), registry);

    @Test
    void everyJoinIsCountedByWhatBecameOfIt() {
        catalogue.save(new EventSettings(SHOW, new QueuePolicy(1)));

        WaitingToken token = ((JoinQueueResult.Joined) join(SHOW, "ann", "k1")).token();
        join(SHOW, "ann", "k1");          // the same key again: duplicate
        join(SHOW, "bob", "k1");          // someone else's key: conflict
        join(SHOW, "ann", "k2");          // ann holds her one place already
        join(EventId.of("nowhere"), "cy", "k3");
        useCases.leaveQueue().leave(new LeaveQueueCommand(token));
        useCases.leaveQueue().leave(new LeaveQueueCommand(token));

        assertThat(count(CountedJoins.NAME, "joined")).isEqualTo(1);
        assertThat(count(CountedJoins.NAME, "duplicate")).isEqualTo(1);
        assertThat(count(CountedJoins.NAME, "idempotency_conflict")).isEqualTo(1);
        assertThat(count(CountedJoins.NAME, "user_limit_reached")).isEqualTo(1);
        assertThat(count(CountedJoins.NAME, "event_not_found")).isEqualTo(1);
        assertThat(count(CountedJoins.NAME, Outcomes.FAILED)).isZero();
        assertThat(count(CountedLeaves.NAME, "left")).isEqualTo(1);
        assertThat(count(CountedLeaves.NAME, "was_not_waiting")).isEqualTo(1);
    }

    @Test
    void aJoinOrLeaveThatThrowsCountsAsFailedAndStillThrows() {
        WaitingRoomUseCases down = MeteredUseCases.over(useCases
                .withJoinQueue(command -> { throw new StoreUnavailableException("down", null); })
                .withLeaveQueue(command -> { throw new StoreUnavailableException("down", null); }), registry);

        assertThatThrownBy(() -> down.joinQueue().join(command(SHOW, "ann", "k1"))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> down.leaveQueue().leave(new LeaveQueueCommand(WaitingToken.of(SHOW, "AAAAAAAAAAAAAAAAAAAAAA"))))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(count(CountedJoins.NAME, Outcomes.FAILED)).isEqualTo(1);
        assertThat(count(CountedLeaves.NAME, Outcomes.FAILED)).isEqualTo(1);
    }

    @Test
    void everyAdmissionRoundCountsWhoItAdmittedAndIsTimed() {
        catalogue.save(new EventSettings(SHOW, QueuePolicy.DEFAULT, AdmissionPolicy.DEFAULT.withPaused(false)));
        for (int i = 0; i < 12; i++) {
            useCases.joinQueue().join(new JoinQueueCommand(SHOW, Optional.empty(), IdempotencyKey.of("k" + i)));
        }

        useCases.admitPeople().admit(); // one second's worth at the default rate: 10
        useCases.admitPeople().admit();

        assertThat(registry.get(CountedAdmissions.ADMISSIONS).counter().count()).isEqualTo(10);
        assertThat(registry.get(CountedAdmissions.DROPS).counter().count()).isZero();
        assertThat(registry.get(CountedAdmissions.WINDOWS_CLOSED).counter().count()).isZero();
        assertThat(registry.get(CountedAdmissions.ROUND).timer().count()).isEqualTo(2);
    }

    @Test
    void everyResultHasItsSeriesBeforeItFirstHappens() {
        assertThat(registry.find(CountedJoins.NAME).counters()).hasSize(6);
        assertThat(registry.find(CountedLeaves.NAME).counters()).hasSize(3);
    }

    private JoinQueueResult join(EventId event, String user, String key) {
        return useCases.joinQueue().join(command(event, user, key));
    }

    private static JoinQueueCommand command(EventId event, String user, String key) {
        return new JoinQueueCommand(event, Optional.of(UserId.of(user)), IdempotencyKey.of(key));
    }

    private double count(String name, String result) {
        return registry.get(name).tag("result", result).counter().count();
    }
}
