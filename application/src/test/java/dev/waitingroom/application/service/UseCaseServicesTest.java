package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryPersonLog;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import dev.waitingroom.application.port.in.AdmissionRound;
import dev.waitingroom.application.port.in.CancelReservationCommand;
import dev.waitingroom.application.port.in.CancelReservationResult;
import dev.waitingroom.application.port.in.ConfirmReservationCommand;
import dev.waitingroom.application.port.in.ConfirmReservationResult;
import dev.waitingroom.application.port.in.EventSeats;
import dev.waitingroom.application.port.in.ExpiryRound;
import dev.waitingroom.application.port.in.HoldSeatsCommand;
import dev.waitingroom.application.port.in.HoldSeatsResult;
import dev.waitingroom.application.port.in.ReadReservationQuery;
import dev.waitingroom.application.port.in.ReadReservationResult;
import dev.waitingroom.application.port.in.SeatMapQuery;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.DescribeEventQuery;
import dev.waitingroom.application.port.in.EventDescription;
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
import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
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
            new InMemoryAdmissionStore(catalogue, queues), catalogue, new InMemoryStoreHealth(),
            new InMemorySeatLedger(catalogue, queues), pass -> {
                issued.add(pass);
                return "signed:" + pass.passId();
            }, new InMemoryPersonLog(queues), new InMemoryFlagStore(), (flag, person) -> false));
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
    void theBoundsOfThePersonLogsAreSettingsLikeTheOthers() {
        assertThat(configure(EventSettingsChange.NONE).logPolicy()).isEqualTo(LogPolicy.DEFAULT);
        EventSettingsChange bounds = new EventSettingsChange(OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), SeatChange.NONE,
                OptionalInt.of(500), Optional.of(Duration.ofHours(1)));

        configure(bounds);

        assertThat(configure(change(OptionalInt.of(9), Optional.empty())).logPolicy())
                .as("an update that does not mention them keeps them").isEqualTo(new LogPolicy(500, Duration.ofHours(1)));
    }

    @Test
    void thePagesTextsAreSettingsThatAnUpdateKeepsUnlessItMentionsThem() {
        assertThat(configure(EventSettingsChange.NONE).display()).isEqualTo(EventDisplay.NONE);

        configure(texts(Optional.of("Opera <b>night</b>"), Optional.of("Doors at 19:00.\nNo refunds.")));
        assertThat(configure(change(OptionalInt.of(9), Optional.of(false))).display())
                .as("an update that does not mention them keeps them")
                .isEqualTo(new EventDisplay("Opera <b>night</b>", "Doors at 19:00.\nNo refunds."));

        assertThat(configure(texts(Optional.empty(), Optional.of(""))).display())
                .as("the empty string clears one, and the other stays")
                .isEqualTo(new EventDisplay("Opera <b>night</b>", ""));
        assertThat(catalogue.find(event).orElseThrow().display()).isEqualTo(new EventDisplay("Opera <b>night</b>", ""));
    }

    @Test
    void anEventIsDescribedByItsTextsItsPauseAndItsHoldLimitOnly() {
        assertThat(useCases.describeEvent().describe(new DescribeEventQuery(event)))
                .isEqualTo(new EventDescription.EventNotFound(event));

        configure(texts(Optional.of("Opera night"), Optional.empty()));
        assertThat(useCases.describeEvent().describe(new DescribeEventQuery(event))).isEqualTo(new EventDescription.Found(
                event, new EventDisplay("Opera night", ""), true, SeatPolicy.DEFAULT.maxSeatsPerHold()));

        configure(new EventSettingsChange(OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false), Optional.empty(), OptionalInt.of(2), SeatChange.NONE));
        assertThat(useCases.describeEvent().describe(new DescribeEventQuery(event)))
                .isEqualTo(new EventDescription.Found(event, new EventDisplay("Opera night", ""), false, 2));
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
                .isEqualTo(new EventStats.Found(new QueueStats(1, 2, 1), new AdmissionStats(0, 0, 0, OptionalDouble.empty()),
                        Optional.empty()));
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
    void anAdmittedPersonHoldsSeatsReadsTheHoldAndConfirmsIt() {
        configure(seatChange(List.of("A1", "A2", "A3"), List.of()));
        String holder = admittedHolder("ann");

        HoldSeatsResult.Held held = (HoldSeatsResult.Held) useCases.holdSeats()
                .hold(new HoldSeatsCommand(event, holder, SeatSelection.of("A2", "A1")));
        Reservation reservation = held.reservation();

        assertThat(held.remaining()).isEqualTo(1);
        assertThat(reservation.seats()).containsExactly(SeatId.of("A2"), SeatId.of("A1"));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HOLD);
        assertThat(useCases.readReservation().read(new ReadReservationQuery(event, reservation.id(), holder)))
                .isEqualTo(new ReadReservationResult.Found(reservation));
        assertThat(useCases.readReservation().read(new ReadReservationQuery(event, reservation.id(), "someone-else")))
                .isEqualTo(new ReadReservationResult.NotFound());
        ConfirmReservationResult confirmed = useCases.confirmReservation()
                .confirm(new ConfirmReservationCommand(event, reservation.id(), holder));
        assertThat(confirmed).isEqualTo(new ConfirmReservationResult.Confirmed(reservation.movedTo(ReservationStatus.CONFIRMED)));
        assertThat(useCases.cancelReservation().cancel(new CancelReservationCommand(event, reservation.id(), holder)))
                .isEqualTo(new CancelReservationResult.AlreadyConfirmed());
        assertThat(((EventStats.Found) useCases.eventStats().stats(new EventStatsQuery(event))).seats())
                .contains(new SeatCounts(1, 0, 2));
    }

    @Test
    void everyRefusalOfTheLedgerBecomesItsResult() {
        configure(seatChange(List.of("A1", "A2"), List.of()));
        String ann = admittedHolder("ann");
        String bob = admittedHolder("bob");
        ReservationId annHold = ((HoldSeatsResult.Held) hold(ann, "A1")).reservation().id();

        assertThat(hold(ann, "A2")).isEqualTo(new HoldSeatsResult.HoldExists(annHold));
        assertThat(hold(bob, "A1", "A2")).isEqualTo(new HoldSeatsResult.SeatsUnavailable(List.of(SeatId.of("A1"))));
        assertThat(hold(bob, "Z1")).isEqualTo(new HoldSeatsResult.UnknownSeats(List.of(SeatId.of("Z1"))));
        assertThat(hold("nobody-admitted", "A2")).isEqualTo(new HoldSeatsResult.WindowClosed());
        assertThat(hold(bob, "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"))
                .isEqualTo(new HoldSeatsResult.TooManySeats(8));
        ReservationId bobHold = ((HoldSeatsResult.Held) hold(bob, "A2")).reservation().id();
        assertThat(useCases.cancelReservation().cancel(new CancelReservationCommand(event, bobHold, bob)))
                .isInstanceOf(CancelReservationResult.Cancelled.class);
        assertThat(useCases.confirmReservation().confirm(new ConfirmReservationCommand(event, bobHold, bob)))
                .isEqualTo(new ConfirmReservationResult.AlreadyCancelled());
        assertThat(useCases.confirmReservation().confirm(new ConfirmReservationCommand(event, annHold, bob)))
                .isEqualTo(new ConfirmReservationResult.NotFound());
        assertThat(useCases.confirmReservation().confirm(new ConfirmReservationCommand(event, annHold, ann)))
                .isInstanceOf(ConfirmReservationResult.Confirmed.class);
        assertThat(hold(bob, "A2")).as("a cancelled hold is no open hold").isInstanceOf(HoldSeatsResult.Held.class);
        assertThat(hold(admittedHolder("cy"), "A1")).as("A1 sold, A2 held").isEqualTo(new HoldSeatsResult.SoldOut());
    }

    @Test
    void removingAHeldSeatIsRefusedAndNothingOfTheUpdateIsApplied() {
        configure(seatChange(List.of("A1", "A2"), List.of()));
        hold(admittedHolder("ann"), "A1");

        ConfigureEventResult refused = useCases.configureEvent().configure(new ConfigureEventCommand(event,
                new EventSettingsChange(OptionalInt.of(3), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                        new SeatChange(List.of(SeatId.of("B1")), List.of(SeatId.of("A1"))))));

        assertThat(refused).isEqualTo(new ConfigureEventResult.SeatsInUse(List.of(SeatId.of("A1"))));
        assertThat(catalogue.find(event).orElseThrow().queuePolicy().maxEntriesPerUser()).isEqualTo(10);
        assertThat(((EventSeats.Found) useCases.seatMap().seats(new SeatMapQuery(event))).map().seats())
                .extracting(SeatMap.Seat::id).containsExactly(SeatId.of("A1"), SeatId.of("A2"));
    }

    @Test
    void theSeatMapOfAnEventWithoutSeatsIsEmptyAndOfNoEventNotFound() {
        configure(EventSettingsChange.NONE);

        assertThat(useCases.seatMap().seats(new SeatMapQuery(event)))
                .isEqualTo(new EventSeats.Found(new SeatMap(List.of(), SeatCounts.NONE)));
        assertThat(useCases.seatMap().seats(new SeatMapQuery(EventId.of("nope"))))
                .isEqualTo(new EventSeats.EventNotFound(EventId.of("nope")));
        assertThat(((EventStats.Found) useCases.eventStats().stats(new EventStatsQuery(event))).seats()).isEmpty();
        assertThat(useCases.releaseExpiredHolds().release()).isEqualTo(new ExpiryRound(0, 1));
    }

    @Test
    void theInMemoryStoreIsAlwaysReady() {
        assertThat(useCases.readiness().check()).isEqualTo(new Readiness.Ready());
    }

    private static EventSettingsChange change(OptionalInt maxEntriesPerUser, Optional<Boolean> paused) {
        return new EventSettingsChange(maxEntriesPerUser, OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), paused);
    }

    private static EventSettingsChange texts(Optional<String> displayName, Optional<String> message) {
        return new EventSettingsChange(OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), SeatChange.NONE, OptionalInt.empty(),
                Optional.empty(), displayName, message);
    }

    private static EventSettingsChange seatChange(List<String> add, List<String> remove) {
        return new EventSettingsChange(OptionalInt.of(10), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false), Optional.empty(), OptionalInt.empty(),
                new SeatChange(add.stream().map(SeatId::of).toList(), remove.stream().map(SeatId::of).toList()));
    }

    /** Joins, is admitted and enters: the entry id the seat ledger knows the open window of. */
    private String admittedHolder(String user) {
        JoinQueueResult.Joined joined = (JoinQueueResult.Joined) join(Optional.of(UserId.of(user)), "key-" + user);
        useCases.admitPeople().admit();
        assertThat(useCases.enterQueue().enter(new EnterQueueCommand(joined.token()))).isInstanceOf(EnterQueueResult.Granted.class);
        return joined.token().entryId();
    }

    private HoldSeatsResult hold(String holder, String... seats) {
        return useCases.holdSeats().hold(new HoldSeatsCommand(event, holder, SeatSelection.of(seats)));
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
