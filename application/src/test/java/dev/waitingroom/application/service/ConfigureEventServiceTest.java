package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.EventSettingsChange;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The order of a configure: validate, change the seats, and only then save the settings. */
class ConfigureEventServiceTest {

    private static final EventId SHOW = EventId.of("show");
    private static final SeatChange ADD_A1_REMOVE_B1 = new SeatChange(List.of(SeatId.of("A1")), List.of(SeatId.of("B1")));

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final ScriptedSeatLedger ledger = new ScriptedSeatLedger();
    private final ConfigureEventService service = new ConfigureEventService(catalogue, ledger);

    @Test
    void aSeatChangeTheLedgerTookIsAnsweredWithTheCountsAndTheSettingsAreSaved() {
        ledger.answerChanges(new SeatChangeOutcome.Changed(new SeatCounts(7, 2, 1)));

        ConfigureEventResult result = configure(change(Optional.of(Duration.ofSeconds(60)), OptionalInt.of(4), ADD_A1_REMOVE_B1));

        EventSettings expected = new EventSettings(SHOW, QueuePolicy.DEFAULT,
                new EventSettings(SHOW, QueuePolicy.DEFAULT).admissionPolicy(), new SeatPolicy(Duration.ofSeconds(60), 4));
        assertThat(result).isEqualTo(new ConfigureEventResult.Configured(expected, Optional.of(new SeatCounts(7, 2, 1))));
        assertThat(ledger.changes()).containsExactly(ADD_A1_REMOVE_B1);
        assertThat(catalogue.find(SHOW)).contains(expected);
    }

    @Test
    void seatsInUseChangeNeitherTheSeatsNorTheSettings() {
        configure(EventSettingsChange.NONE);
        EventSettings before = catalogue.find(SHOW).orElseThrow();
        ledger.answerChanges(new SeatChangeOutcome.SeatsInUse(List.of(SeatId.of("B1"))));

        ConfigureEventResult result = configure(change(Optional.of(Duration.ofSeconds(60)), OptionalInt.of(4), ADD_A1_REMOVE_B1));

        assertThat(result).isEqualTo(new ConfigureEventResult.SeatsInUse(List.of(SeatId.of("B1"))));
        assertThat(catalogue.find(SHOW)).contains(before);
    }

    @Test
    void tooManySeatsCreateNoEvent() {
        ledger.answerChanges(new SeatChangeOutcome.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT));

        ConfigureEventResult result = configure(change(Optional.empty(), OptionalInt.empty(), ADD_A1_REMOVE_B1));

        assertThat(result).isEqualTo(new ConfigureEventResult.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT));
        assertThat(catalogue.find(SHOW)).isEmpty();
    }

    @Test
    void anUpdateWithoutSeatsDoesNotAskTheLedger() {
        ConfigureEventResult result = configure(change(Optional.empty(), OptionalInt.of(2), SeatChange.NONE));

        assertThat(((ConfigureEventResult.Configured) result).seats()).isEmpty();
        assertThat(ledger.changes()).isEmpty();
    }

    @Test
    void aValueOutOfRangeFailsBeforeTheSeatsChange() {
        EventSettingsChange tooShort = change(Optional.of(Duration.ofSeconds(5)), OptionalInt.empty(), ADD_A1_REMOVE_B1);

        assertThatThrownBy(() -> configure(tooShort)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.changes()).isEmpty();
        assertThat(catalogue.find(SHOW)).isEmpty();
    }

    private ConfigureEventResult configure(EventSettingsChange change) {
        return service.configure(new ConfigureEventCommand(SHOW, change));
    }

    private static EventSettingsChange change(Optional<Duration> holdTtl, OptionalInt maxSeatsPerHold, SeatChange seats) {
        return new EventSettingsChange(OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), holdTtl, maxSeatsPerHold, seats);
    }
}
