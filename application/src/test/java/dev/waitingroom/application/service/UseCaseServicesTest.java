package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.EventStats;
import dev.waitingroom.application.port.in.EventStatsQuery;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueResult;
import dev.waitingroom.application.port.in.QueueStatus;
import dev.waitingroom.application.port.in.QueueStatusQuery;
import dev.waitingroom.application.port.in.Readiness;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UseCaseServicesTest {

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final WaitingRoomUseCases useCases = WaitingRoomServices.over(
            new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1)), catalogue, new InMemoryStoreHealth());
    private final EventId event = EventId.of("concert");

    @Test
    void aNewEventTakesTheDefaultPolicyAndAnUpdateKeepsWhatItDoesNotMention() {
        assertThat(configure(Optional.empty())).isEqualTo(new EventSettings(event, QueuePolicy.DEFAULT));
        configure(Optional.of(new QueuePolicy(9)));
        assertThat(configure(Optional.empty())).isEqualTo(new EventSettings(event, new QueuePolicy(9)));
        assertThat(catalogue.find(event)).contains(new EventSettings(event, new QueuePolicy(9)));
    }

    @Test
    void aJoinedTokenReportsItsPositionUntilItLeaves() {
        configure(Optional.empty());
        JoinQueueResult.Joined first = (JoinQueueResult.Joined) join(Optional.of(UserId.of("a")), "k1");
        JoinQueueResult.Joined second = (JoinQueueResult.Joined) join(Optional.empty(), "k2");
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.token().eventId()).isEqualTo(event);

        QueueStatus.Waiting waiting = (QueueStatus.Waiting) status(second.token());
        assertThat(waiting.position()).isEqualTo(2);
        assertThat(waiting.waitingSeconds()).isBetween(0L, 5L);
        assertThat(waiting.etaSeconds()).isEmpty();

        assertThat(useCases.leaveQueue().leave(new LeaveQueueCommand(first.token()))).isEqualTo(new LeaveQueueResult.Left());
        assertThat(useCases.leaveQueue().leave(new LeaveQueueCommand(first.token())))
                .isEqualTo(new LeaveQueueResult.WasNotWaiting());
        assertThat(((QueueStatus.Waiting) status(second.token())).position()).isEqualTo(1);
        assertThat(status(first.token())).isInstanceOf(QueueStatus.TokenNotFound.class);
        assertThat(useCases.eventStats().stats(new EventStatsQuery(event)))
                .isEqualTo(new EventStats.Found(new QueueStats(1, 2, 1)));
    }

    @Test
    void everyStoreOutcomeOfAJoinBecomesItsResult() {
        assertThat(join(Optional.empty(), "k0")).isEqualTo(new JoinQueueResult.EventNotFound(event));
        configure(Optional.of(new QueuePolicy(1)));
        JoinQueueResult.Joined joined = (JoinQueueResult.Joined) join(Optional.of(UserId.of("a")), "k1");

        assertThat(join(Optional.of(UserId.of("a")), "k1")).isEqualTo(new JoinQueueResult.Duplicate(joined.token()));
        assertThat(join(Optional.of(UserId.of("b")), "k1")).isEqualTo(new JoinQueueResult.IdempotencyConflict());
        assertThat(join(Optional.of(UserId.of("a")), "k2")).isEqualTo(new JoinQueueResult.UserLimitReached(1));
    }

    @Test
    void unknownTokensAndEventsAreNotFound() {
        WaitingToken stranger = WaitingToken.issue(event, new SecureRandom());
        assertThat(status(stranger)).isInstanceOf(QueueStatus.TokenNotFound.class);
        assertThat(useCases.eventStats().stats(new EventStatsQuery(EventId.of("nope"))))
                .isInstanceOf(EventStats.EventNotFound.class);
    }

    @Test
    void theInMemoryStoreIsAlwaysReady() {
        assertThat(useCases.readiness().check()).isEqualTo(new Readiness.Ready());
    }

    private EventSettings configure(Optional<QueuePolicy> policy) {
        ConfigureEventResult result = useCases.configureEvent().configure(new ConfigureEventCommand(event, policy));
        return ((ConfigureEventResult.Configured) result).settings();
    }

    private JoinQueueResult join(Optional<UserId> user, String key) {
        return useCases.joinQueue().join(new JoinQueueCommand(event, user, IdempotencyKey.of(key)));
    }

    private QueueStatus status(WaitingToken token) {
        return useCases.queueStatus().status(new QueueStatusQuery(token));
    }
}
