package dev.waitingroom.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryPersonLog;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import dev.waitingroom.application.port.in.CancelReservationCommand;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.ConfirmReservationCommand;
import dev.waitingroom.application.port.in.EnterQueueCommand;
import dev.waitingroom.application.port.in.EnterQueueResult;
import dev.waitingroom.application.port.in.EventSettingsChange;
import dev.waitingroom.application.port.in.HoldSeatsCommand;
import dev.waitingroom.application.port.in.HoldSeatsResult;
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
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import java.security.SecureRandom;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MeteredUseCasesTest {

    private static final EventId SHOW = EventId.of("show");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MovableClock storeClock = new MovableClock();
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, storeClock, Duration.ofHours(1));
    private final WaitingRoomUseCases useCases = MeteredUseCases.over(WaitingRoomServices.over(new WaitingRoomServices.Ports(
            queues, new InMemoryAdmissionStore(catalogue, queues), catalogue, new InMemoryStoreHealth(),
            new InMemorySeatLedger(catalogue, queues), pass -> "pass:" + pass.passId(), new InMemoryPersonLog(queues),
            new InMemoryFlagStore(), (flag, person) -> false)), registry);

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
    void everyHoldConfirmAndCancelIsCountedByWhatBecameOfIt() {
        openWithSeats(SeatPolicy.DEFAULT.holdTtl(), "A1", "A2", "A3");
        String ann = admittedHolder("ann");
        String bob = admittedHolder("bob");

        ReservationId annHold = ((HoldSeatsResult.Held) hold(ann, "A1")).reservation().id();
        hold(ann, "A2");                                    // ann holds already
        hold(bob, "A1");                                    // taken by ann
        hold(bob, "Z9");                                    // no such seat
        ReservationId bobHold = ((HoldSeatsResult.Held) hold(bob, "A2")).reservation().id();
        useCases.confirmReservation().confirm(new ConfirmReservationCommand(SHOW, annHold, ann));
        useCases.confirmReservation().confirm(new ConfirmReservationCommand(SHOW, annHold, ann));  // again: the same
        useCases.confirmReservation().confirm(new ConfirmReservationCommand(SHOW, bobHold, ann)); // not ann's
        useCases.cancelReservation().cancel(new CancelReservationCommand(SHOW, bobHold, bob));
        useCases.cancelReservation().cancel(new CancelReservationCommand(SHOW, annHold, ann));    // sold already
        useCases.confirmReservation().confirm(new ConfirmReservationCommand(SHOW, bobHold, bob)); // cancelled

        assertThat(count(CountedHolds.NAME, "held")).isEqualTo(2);
        assertThat(count(CountedHolds.NAME, "hold_exists")).isEqualTo(1);
        assertThat(count(CountedHolds.NAME, "seats_unavailable")).isEqualTo(1);
        assertThat(count(CountedHolds.NAME, "unknown_seats")).isEqualTo(1);
        assertThat(count(CountedConfirms.NAME, "confirmed")).isEqualTo(2);
        assertThat(count(CountedConfirms.NAME, "not_found")).isEqualTo(1);
        assertThat(count(CountedConfirms.NAME, "already_cancelled")).isEqualTo(1);
        assertThat(count(CountedCancels.NAME, "cancelled")).isEqualTo(1);
        assertThat(count(CountedCancels.NAME, "already_confirmed")).isEqualTo(1);
    }

    @Test
    void holdsReleasedByTheExpiryRoundsAreCountedAndTheRoundsTimed() {
        openWithSeats(Duration.ofSeconds(10), "A1", "A2");
        hold(admittedHolder("ann"), "A1");
        hold(admittedHolder("bob"), "A2");

        useCases.releaseExpiredHolds().release();
        storeClock.pass(Duration.ofSeconds(10));
        useCases.releaseExpiredHolds().release();
        useCases.releaseExpiredHolds().release();

        assertThat(registry.get(CountedExpiries.EXPIRIES).counter().count()).isEqualTo(2);
        assertThat(registry.get(CountedExpiries.ROUND).timer().count()).isEqualTo(3);
    }

    @Test
    void aSeatCallThatThrowsCountsAsFailedAndStillThrows() {
        WaitingRoomUseCases down = MeteredUseCases.over(useCases
                .withHoldSeats(command -> { throw new StoreUnavailableException("down", null); })
                .withConfirmReservation(command -> { throw new StoreUnavailableException("down", null); })
                .withCancelReservation(command -> { throw new StoreUnavailableException("down", null); }), registry);
        ReservationId id = ReservationId.issue(new SecureRandom());

        assertThatThrownBy(() -> down.holdSeats().hold(new HoldSeatsCommand(SHOW, "entry", SeatSelection.of("A1"))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> down.confirmReservation().confirm(new ConfirmReservationCommand(SHOW, id, "entry")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> down.cancelReservation().cancel(new CancelReservationCommand(SHOW, id, "entry")))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(count(CountedHolds.NAME, Outcomes.FAILED)).isEqualTo(1);
        assertThat(count(CountedConfirms.NAME, Outcomes.FAILED)).isEqualTo(1);
        assertThat(count(CountedCancels.NAME, Outcomes.FAILED)).isEqualTo(1);
    }

    @Test
    void everyResultHasItsSeriesBeforeItFirstHappens() {
        assertThat(registry.find(CountedJoins.NAME).counters()).hasSize(6);
        assertThat(registry.find(CountedLeaves.NAME).counters()).hasSize(3);
        assertThat(registry.find(CountedHolds.NAME).counters()).hasSize(8);
        assertThat(registry.find(CountedConfirms.NAME).counters()).hasSize(6);
        assertThat(registry.find(CountedCancels.NAME).counters()).hasSize(5);
        assertThat(registry.find(CountedExpiries.EXPIRIES).counters()).hasSize(1);
    }

    private void openWithSeats(Duration holdTtl, String... seats) {
        ConfigureEventResult result = useCases.configureEvent().configure(new ConfigureEventCommand(SHOW,
                new EventSettingsChange(OptionalInt.of(10), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(false), Optional.of(holdTtl), OptionalInt.empty(),
                        new SeatChange(Arrays.stream(seats).map(SeatId::of).toList(), List.of()))));
        assertThat(result).isInstanceOf(ConfigureEventResult.Configured.class);
    }

    /** Joins, is admitted and enters: the entry id whose window the seat ledger knows. */
    private String admittedHolder(String user) {
        WaitingToken token = ((JoinQueueResult.Joined) join(SHOW, user, "key-" + user)).token();
        useCases.admitPeople().admit();
        assertThat(useCases.enterQueue().enter(new EnterQueueCommand(token))).isInstanceOf(EnterQueueResult.Granted.class);
        return token.entryId();
    }

    private HoldSeatsResult hold(String holder, String... seats) {
        return useCases.holdSeats().hold(new HoldSeatsCommand(SHOW, holder, SeatSelection.of(seats)));
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
