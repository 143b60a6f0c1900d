package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.EventStats;
import dev.waitingroom.application.port.in.EventStatsQuery;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.QueueStatus;
import dev.waitingroom.application.port.in.QueueStatusQuery;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UseCaseServicesTest {

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore store = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
    private final ConfigureEventService configure = new ConfigureEventService(catalogue);
    private final JoinQueueService join = new JoinQueueService(store, new SecureRandom());
    private final QueueStatusService status = new QueueStatusService(store);
    private final LeaveQueueService leave = new LeaveQueueService(store);
    private final EventStatsService stats = new EventStatsService(store);
    private final EventId event = new EventId("concert");

    @Test
    void aNewEventTakesTheDefaultPolicyAndAnUpdateKeepsWhatItDoesNotMention() {
        assertThat(configure.configure(new ConfigureEventCommand(event, OptionalInt.empty())))
                .isEqualTo(new EventSettings(event, QueuePolicy.DEFAULT));
        configure.configure(new ConfigureEventCommand(event, OptionalInt.of(9)));
        assertThat(configure.configure(new ConfigureEventCommand(event, OptionalInt.empty())))
                .isEqualTo(new EventSettings(event, new QueuePolicy(9)));
        assertThatThrownBy(() -> configure.configure(new ConfigureEventCommand(event, OptionalInt.of(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalogue.find(event)).contains(new EventSettings(event, new QueuePolicy(9)));
    }

    @Test
    void aJoinedTokenReportsItsPositionUntilItLeaves() {
        configure.configure(new ConfigureEventCommand(event, OptionalInt.empty()));
        JoinOutcome.Joined first = (JoinOutcome.Joined) join.join(new JoinQueueCommand(event, new UserId("a"), new IdempotencyKey("k1")));
        JoinOutcome.Joined second = (JoinOutcome.Joined) join.join(new JoinQueueCommand(event, null, new IdempotencyKey("k2")));

        QueueStatus.Waiting waiting = (QueueStatus.Waiting) status.status(new QueueStatusQuery(second.token().value()));
        assertThat(waiting.position()).isEqualTo(2);
        assertThat(waiting.waitingSeconds()).isBetween(0L, 5L);
        assertThat(waiting.etaSeconds()).isEmpty();

        leave.leave(new LeaveQueueCommand(first.token().value()));
        leave.leave(new LeaveQueueCommand(first.token().value()));
        assertThat(((QueueStatus.Waiting) status.status(new QueueStatusQuery(second.token().value()))).position()).isEqualTo(1);
        assertThat(status.status(new QueueStatusQuery(first.token().value()))).isInstanceOf(QueueStatus.TokenNotFound.class);
        assertThat(stats.stats(new EventStatsQuery(event))).isEqualTo(new EventStats.Found(new QueueStats(1, 2, 1)));
    }

    @Test
    void malformedTokensAreSimplyNotFound() {
        assertThat(status.status(new QueueStatusQuery("garbage"))).isInstanceOf(QueueStatus.TokenNotFound.class);
        leave.leave(new LeaveQueueCommand("garbage"));
        assertThat(stats.stats(new EventStatsQuery(new EventId("nope")))).isInstanceOf(EventStats.EventNotFound.class);
    }
}
