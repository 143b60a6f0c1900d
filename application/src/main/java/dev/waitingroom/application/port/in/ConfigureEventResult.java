package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import java.util.List;
import java.util.Optional;

/** What configuring an event did. Only {@link Configured} changed anything. */
public sealed interface ConfigureEventResult {

    /**
     * The event exists with these settings now.
     *
     * @param seats the event's seat counts after the seat change, empty when the update changed no seats
     */
    record Configured(EventSettings settings, Optional<SeatCounts> seats) implements ConfigureEventResult {
    }

    /** Seats to remove are held or sold: neither the seats nor the settings changed. */
    record SeatsInUse(List<SeatId> seats) implements ConfigureEventResult {
        public SeatsInUse {
            seats = List.copyOf(seats);
        }
    }

    /** The event would have more seats than it may: neither the seats nor the settings changed. */
    record TooManySeats(int limit) implements ConfigureEventResult {
    }
}
