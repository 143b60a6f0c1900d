package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatSelection;
import java.util.Optional;

/** The seat ledger, each call timed: {@code operation="expire_holds"} is the cost of one expiry sweep. */
final class TimedSeatLedger implements SeatLedger {

    private final SeatLedger ledger;
    private final StoreCallTimers.Operation hold;
    private final StoreCallTimers.Operation reservation;
    private final StoreCallTimers.Operation confirm;
    private final StoreCallTimers.Operation cancel;
    private final StoreCallTimers.Operation expireHolds;
    private final StoreCallTimers.Operation changeSeats;
    private final StoreCallTimers.Operation seats;
    private final StoreCallTimers.Operation seatCounts;

    TimedSeatLedger(SeatLedger ledger, StoreCallTimers timers) {
        this.ledger = ledger;
        this.hold = timers.operation("hold");
        this.reservation = timers.operation("reservation");
        this.confirm = timers.operation("confirm");
        this.cancel = timers.operation("cancel");
        this.expireHolds = timers.operation("expire_holds");
        this.changeSeats = timers.operation("change_seats");
        this.seats = timers.operation("seat_map");
        this.seatCounts = timers.operation("seat_counts");
    }

    @Override
    public HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection selection) {
        return hold.time(() -> ledger.hold(eventId, holder, newId, selection));
    }

    @Override
    public Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder) {
        return reservation.time(() -> ledger.reservation(eventId, id, holder));
    }

    @Override
    public ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder) {
        return confirm.time(() -> ledger.confirm(eventId, id, holder));
    }

    @Override
    public CancelOutcome cancel(EventId eventId, ReservationId id, String holder) {
        return cancel.time(() -> ledger.cancel(eventId, id, holder));
    }

    @Override
    public ExpirySweep expireHolds(EventId eventId) {
        return expireHolds.time(() -> ledger.expireHolds(eventId));
    }

    @Override
    public SeatChangeOutcome changeSeats(EventId eventId, SeatChange change) {
        return changeSeats.time(() -> ledger.changeSeats(eventId, change));
    }

    @Override
    public Optional<SeatMap> seats(EventId eventId) {
        return seats.time(() -> ledger.seats(eventId));
    }

    @Override
    public Optional<SeatCounts> seatCounts(EventId eventId) {
        return seatCounts.time(() -> ledger.seatCounts(eventId));
    }
}
