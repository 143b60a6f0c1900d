package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.SeatLedgerContract;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seat ledger contract on the in-memory store, plus what only a moved clock can show cheaply: the exact
 * millisecond a hold ends, and forgetting finished reservations after a day.
 */
class InMemorySeatLedgerTest extends SeatLedgerContract {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T18:00:00Z"));
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, clock, Duration.ofHours(24));
    private final InMemoryAdmissionStore admission = new InMemoryAdmissionStore(catalogue, queues);
    private SeatLedger ledger = new InMemorySeatLedger(catalogue, queues);

    @Override
    protected SeatLedger seatLedger() {
        return ledger;
    }

    @Override
    protected QueueStore queueStore() {
        return queues;
    }

    @Override
    protected AdmissionStore admissionStore() {
        return admission;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        clock.advance(time);
    }

    @Override
    protected long storeMillis() {
        return clock.millis();
    }

    @Test
    void aHoldCanBeConfirmedUpToTheMillisecondBeforeItsEndAndNotAtIt() {
        EventId event = event(new SeatPolicy(SHORT, 8), "A1", "A2");
        List<Holder> holders = admitted(event, 2);
        Reservation early = held(event, holders.get(0), "A1");
        Reservation onTime = held(event, holders.get(1), "A2");

        clock.advance(SHORT.minusMillis(1));
        assertThat(seatLedger().confirm(event, early.id(), holders.get(0).id())).isInstanceOf(ConfirmOutcome.Confirmed.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(seatLedger().confirm(event, onTime.id(), holders.get(1).id())).isEqualTo(new ConfirmOutcome.Expired());
    }

    @Test
    void finishedReservationsAreForgottenAfterTheFinishedMemoryAndSalesAreKept() {
        ledger = new InMemorySeatLedger(catalogue, queues, InMemorySeatLedger.DEFAULT_BATCH, Duration.ofMinutes(1));
        EventId event = event(new SeatPolicy(SHORT, 8), "A1", "A2", "A3");
        List<Holder> h = admitted(event, 3);
        Reservation cancelled = held(event, h.get(0), "A1");
        Reservation expired = held(event, h.get(1), "A2");
        Reservation sold = confirmed(event, h.get(2), held(event, h.get(2), "A3"));
        assertThat(seatLedger().cancel(event, cancelled.id(), h.get(0).id())).isInstanceOf(CancelOutcome.Cancelled.class);
        clock.advance(SHORT);
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(1, false));

        clock.advance(Duration.ofMinutes(1).minus(SHORT));
        seatLedger().expireHolds(event);
        assertThat(read(event, h.get(0), cancelled)).as("cancelled a minute ago").isEmpty();
        assertThat(seatLedger().confirm(event, cancelled.id(), h.get(0).id())).isEqualTo(new ConfirmOutcome.NotFound());
        assertThat(statusOf(event, h.get(1), expired)).as("expired less than a minute ago").isEqualTo(ReservationStatus.EXPIRED);

        clock.advance(SHORT);
        seatLedger().expireHolds(event);
        assertThat(read(event, h.get(1), expired)).isEmpty();
        assertThat(read(event, h.get(2), sold)).as("a sale is kept").contains(sold);
    }

    @Test
    void aSweepExpiresAtMostItsBatch() {
        ledger = new InMemorySeatLedger(catalogue, queues, 2, InMemorySeatLedger.DEFAULT_FINISHED_MEMORY);
        EventId event = event(new SeatPolicy(SHORT, 8), "A1", "A2", "A3", "A4", "A5");
        List<Holder> holders = admitted(event, 5);
        for (int i = 0; i < 5; i++) {
            held(event, holders.get(i), "A" + (i + 1));
        }
        clock.advance(SHORT);

        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(2, true));
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(2, true));
        assertThat(seatLedger().expireHolds(event)).isEqualTo(new ExpirySweep(1, false));
    }

    @Test
    void aLedgerNeedsABatchOfAtLeastOne() {
        assertThatThrownBy(() -> new InMemorySeatLedger(catalogue, queues, 0, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
