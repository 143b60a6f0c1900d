package dev.waitingroom.domain.port;

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

/**
 * The seats of every event and the reservations that hold them. Every method is atomic, by the store's
 * clock, and keeps the counters equal to the seats' states: any number of gateway instances may call any
 * of them at once. A hold that ran out is released before anything reads or changes it, so nobody sees
 * a hold that should have ended; {@link #expireHolds} releases the rest whether or not anyone asks.
 *
 * <p>The holder of a reservation is the admitted entry that made it, named by its entry id (the
 * {@code sub} of its entry pass). The ledger knows which window an entry id names once a pass has been
 * kept for it ({@link AdmissionStore#keepPass}). A reservation asked for by anyone else is not found.
 * Infrastructure failures surface as {@link StoreUnavailableException}.
 */
public interface SeatLedger {

    /**
     * Holds every selected seat for the holder or none of them: checks that the holder's admission window
     * is open, then the {@link dev.waitingroom.domain.seat.HoldRules}. The hold lasts the event's
     * {@code hold_ttl}, never past the window's end.
     */
    HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection seats);

    /** The holder's reservation as it stands now, or empty when there is none or it is someone else's. */
    Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder);

    /**
     * Sells the held seats, if the hold has not run out by the store's clock and the holder's window is
     * still open; closes that window, so the next person can be let in at once. Confirming a confirmed
     * reservation answers it again.
     */
    ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder);

    /** Makes the held seats available again at once; the window stays open. Cancelling again answers the same. */
    CancelOutcome cancel(EventId eventId, ReservationId id, String holder);

    /** Releases holds that ran out, a bounded batch per call, each exactly once however many callers race. */
    ExpirySweep expireHolds(EventId eventId);

    /** Adds and removes seats in one step; nothing changes when a seat to remove is held or sold. */
    SeatChangeOutcome changeSeats(EventId eventId, SeatChange change);

    /** Every seat with its state; empty when the event has no seats. */
    Optional<SeatMap> seats(EventId eventId);

    /** The seat counters; empty when the event has no seats. */
    Optional<SeatCounts> seatCounts(EventId eventId);
}
