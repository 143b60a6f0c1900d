package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import dev.waitingroom.application.port.in.AdmissionRound;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.EnterQueueCommand;
import dev.waitingroom.application.port.in.EnterQueueResult;
import dev.waitingroom.application.port.in.EventSettingsChange;
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
import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class UseCaseServicesTest {

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
    private final List<EntryPass> issued = new CopyOnWriteArrayList<>();
    private final WaitingRoomUseCases useCases = WaitingRoomServices.over(new WaitingRoomServices.Ports(queues,
            new InMemoryAdmissionStore(catalogue, queues), catalogue, new InMemoryStoreHealth(), pass -> {
                issued.add(pass);
                return "signed:" + pass.passId();
            }));
    private final EventId event = EventId.of("concert");

    @Test
    void aNewEventTakesTheDefaultsAndStartsPausedAndAnUpdateKeepsWhatItDoesNotMention() {
        assertThat(configure(EventSettingsChange.NONE)).isEqualTo(new EventSettings(event, QueuePolicy.DEFAULT));
        assertThat(AdmissionPolicy.DEFAULT.paused()).isTrue();
        configure(change(OptionalInt.of(9), Optional.empty()));
        configure(change(OptionalInt.empty(), Optional.of(false)));
        EventSettings expected = new EventSettings(event, new QueuePolicy(9), AdmissionPolicy.DEFAULT.withPaused(false));
        assertThat(configure(EventSettingsChange.NONE)).isEqualTo(expected);
        assertThat(catalogue.find(event)).contains(expected);
    }

    @Test
    void anAdmittedEntryIsReadyAndEnteringTwiceGivesTheSamePass() {
        configure(change(OptionalInt.empty(), Optional.of(false)));
        JoinQueueResult.Joined first = (JoinQueueResult.Joined) join(Optional.of(UserId.of("a")), "k1");
        assertThat(useCases.enterQueue().enter(new EnterQueueCommand(first.token())))
                .isEqualTo(new EnterQueueResult.NotReady(1));

        AdmissionRound round = useCases.admitPeople().admit();
        assertThat(round.admitted()).isEqualTo(1);
        assertThat(status(first.token())).isInstanceOf(QueueStatus.Ready.class);

        EnterQueueResult.Granted granted = (EnterQueueResult.Granted) useCases.enterQueue().enter(new EnterQueueCommand(first.token()));
        EnterQueueResult.Granted again = (EnterQueueResult.Granted) useCases.enterQueue().enter(new EnterQueueCommand(first.token()));
        assertThat(again.pass()).isEqualTo(granted.pass());
        assertThat(granted.ttlSeconds()).isBetween(590L, 600L);
        assertThat(issued).hasSize(1);
        EntryPass pass = issued.getFirst();
        assertThat(pass.eventId()).isEqualTo(event);
        assertThat(pass.entryId()).isEqualTo(first.token().entryId()).isNotEqualTo(first.token().ticketId());
        assertThat(pass.user()).contains(UserId.of("a"));
        assertThat(pass.expiresAt()).isAfter(pass.issuedAt());
    }

    @Test
    void theEtaFollowsTheMeasuredRateAndIsAbsentWhilePaused() {
        configure(change(OptionalInt.empty(), Optional.of(false)));
        for (int i = 0; i < 30; i++) {
            join(Optional.empty(), "k" + i);
        }
        JoinQueueResult.Joined last = (JoinQueueResult.Joined) join(Optional.empty(), "last");
        useCases.admitPeople().admit(); // the default rate, 10 a second, starts with one second's worth
        QueueStatus.Waiting waiting = (QueueStatus.Waiting) status(last.token());
        assertThat(waiting.position()).isEqualTo(21);
        assertThat(waiting.etaSeconds().orElseThrow()).as("21 people at about 10 a second").isBetween(2L, 3L);
        assertThat(waiting.pollAfterSeconds()).isBetween(1L, 30L);

        configure(change(OptionalInt.empty(), Optional.of(true)));
        assertThat(((QueueStatus.Waiting) status(last.token())).etaSeconds()).isEmpty();
    }

    @Test
    void aJoinedTokenReportsItsPositionUntilItLeaves() {
        configure(EventSettingsChange.NONE);
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
                .isEqualTo(new EventStats.Found(new QueueStats(1, 2, 1), new AdmissionStats(0, 0, 0, OptionalDouble.empty())));
    }

    @Test
    void everyStoreOutcomeOfAJoinBecomesItsResult() {
        assertThat(join(Optional.empty(), "k0")).isEqualTo(new JoinQueueResult.EventNotFound(event));
        configure(change(OptionalInt.of(1), Optional.empty()));
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

    private static EventSettingsChange change(OptionalInt maxEntriesPerUser, Optional<Boolean> paused) {
        return new EventSettingsChange(maxEntriesPerUser, OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), paused);
    }

    private EventSettings configure(EventSettingsChange change) {
        ConfigureEventResult result = useCases.configureEvent().configure(new ConfigureEventCommand(event, change));
        return ((ConfigureEventResult.Configured) result).settings();
    }

    private JoinQueueResult join(Optional<UserId> user, String key) {
        return useCases.joinQueue().join(new JoinQueueCommand(event, user, IdempotencyKey.of(key)));
    }

    private QueueStatus status(WaitingToken token) {
        return useCases.queueStatus().status(new QueueStatusQuery(token));
    }
}
