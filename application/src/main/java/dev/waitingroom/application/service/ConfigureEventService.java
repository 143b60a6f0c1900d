package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.application.port.in.EventSettingsChange;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import java.util.Optional;

/**
 * Applies an update whole or not at all: the new settings are built (and so validated) first, then the seats
 * change in one atomic step of the ledger, and only once the ledger took the seat change are the settings
 * saved. A refused seat change (seats in use, too many seats) leaves the settings as they were.
 */
public final class ConfigureEventService implements ConfigureEventUseCase {

    private final EventCatalogue eventCatalogue;
    private final SeatLedger seatLedger;

    public ConfigureEventService(EventCatalogue eventCatalogue, SeatLedger seatLedger) {
        this.eventCatalogue = eventCatalogue;
        this.seatLedger = seatLedger;
    }

    @Override
    public ConfigureEventResult configure(ConfigureEventCommand command) {
        EventSettingsChange change = command.change();
        EventSettings current = eventCatalogue.find(command.eventId())
                .orElseGet(() -> new EventSettings(command.eventId(), QueuePolicy.DEFAULT));
        EventSettings next = change.applyTo(current);
        Optional<SeatCounts> seats = Optional.empty();
        if (!change.seats().isEmpty()) {
            switch (seatLedger.changeSeats(command.eventId(), change.seats())) {
                case SeatChangeOutcome.Changed changed -> seats = Optional.of(changed.counts());
                case SeatChangeOutcome.SeatsInUse inUse -> {
                    return new ConfigureEventResult.SeatsInUse(inUse.seats());
                }
                case SeatChangeOutcome.TooManySeats tooMany -> {
                    return new ConfigureEventResult.TooManySeats(tooMany.limit());
                }
            }
        }
        return new ConfigureEventResult.Configured(eventCatalogue.save(next), seats);
    }
}
