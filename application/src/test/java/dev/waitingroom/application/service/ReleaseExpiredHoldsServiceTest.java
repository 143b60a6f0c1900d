package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.application.port.in.ExpiryRound;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ExpirySweep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseExpiredHoldsServiceTest {

    private static final EventId ROCK = EventId.of("rock");
    private static final EventId JAZZ = EventId.of("jazz");

    private final ScriptedSeatLedger ledger = new ScriptedSeatLedger();
    private final ReleaseExpiredHoldsService service = new ReleaseExpiredHoldsService(listing(ROCK, JAZZ), ledger);

    @Test
    void aRoundSweepsEveryEventAndSumsWhatTheyReleased() {
        ledger.nextSweep(ROCK, new ExpirySweep(3, false));
        ledger.nextSweep(JAZZ, new ExpirySweep(2, false));

        assertThat(service.release()).isEqualTo(new ExpiryRound(5, 2));
    }

    @Test
    void aSweepThatLeftRanOutHoldsBehindRunsAgainAtOnce() {
        ledger.nextSweep(ROCK, new ExpirySweep(500, true));
        ledger.nextSweep(ROCK, new ExpirySweep(120, false));

        ExpiryRound round = service.release();

        assertThat(round.expired()).isEqualTo(620);
        assertThat(ledger.sweeps(ROCK)).isEqualTo(2);
    }

    @Test
    void oneEventIsSweptABoundedNumberOfTimesPerRoundSoTheOthersAreNotStarved() {
        for (int i = 0; i < 100; i++) {
            ledger.nextSweep(ROCK, new ExpirySweep(500, true));
        }

        service.release();

        assertThat(ledger.sweeps(ROCK)).isEqualTo(ReleaseExpiredHoldsService.MAX_SWEEPS_PER_EVENT);
        assertThat(ledger.sweeps(JAZZ)).isEqualTo(1);
    }

    @Test
    void oneEventsFailureDoesNotStopTheOthersButIsThrownAfterThem() {
        ledger.fail(ROCK, new IllegalStateException("a bug in one event's data"));

        assertThatThrownBy(service::release).hasMessageContaining("a bug");
        assertThat(ledger.sweeps(JAZZ)).as("the other event was still swept").isEqualTo(1);
    }

    @Test
    void anUnavailableStoreEndsTheRoundAtOnce() {
        ledger.fail(ROCK, new StoreUnavailableException("down", null));

        assertThatThrownBy(service::release).isInstanceOf(StoreUnavailableException.class);
        assertThat(ledger.sweeps(JAZZ)).isZero();
    }

    private static EventCatalogue listing(EventId... events) {
        return new EventCatalogue() {
            @Override
            public EventSettings save(EventSettings settings) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<EventSettings> find(EventId eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<EventId> events() {
                return List.of(events);
            }
        };
    }
}
