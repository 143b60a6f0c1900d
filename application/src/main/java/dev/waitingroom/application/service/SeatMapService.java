package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.EventSeats;
import dev.waitingroom.application.port.in.SeatMapQuery;
import dev.waitingroom.application.port.in.SeatMapUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatMap;
import java.util.List;

public final class SeatMapService implements SeatMapUseCase {

    private static final SeatMap NO_SEATS = new SeatMap(List.of(), SeatCounts.NONE);

    private final EventCatalogue eventCatalogue;
    private final SeatLedger seatLedger;

    public SeatMapService(EventCatalogue eventCatalogue, SeatLedger seatLedger) {
        this.eventCatalogue = eventCatalogue;
        this.seatLedger = seatLedger;
    }

    @Override
    public EventSeats seats(SeatMapQuery query) {
        // the ledger keeps seats of events the catalogue does not know (seats are changed before the settings
        // are saved): only a catalogued event has a seat map to show
        if (eventCatalogue.find(query.eventId()).isEmpty()) {
            return new EventSeats.EventNotFound(query.eventId());
        }
        return new EventSeats.Found(seatLedger.seats(query.eventId()).orElse(NO_SEATS));
    }
}
