package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.HoldRules;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatChangeOutcome;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatPolicy;
import dev.waitingroom.domain.seat.SeatSelection;
import dev.waitingroom.domain.seat.SeatState;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * One event's seats and the reservations on them. Every method holds the lock of the event's
 * {@link EventQueue}, so a hold, a confirm or a sweep is atomic with the admission windows it checks and
 * closes, as one Redis script is. A hold that ran out is expired before anything reads or changes it.
 */
final class EventSeats {

    /** A reservation due at a time: a hold's end, or when to forget a finished one. */
    private record Due(long atMillis, ReservationId id) implements Comparable<Due> {
        static Due endOf(Reservation hold) {
            return new Due(hold.holdExpiresAt().toEpochMilli(), hold.id());
        }

        @Override
        public int compareTo(Due other) {
            int byTime = Long.compare(atMillis, other.atMillis);
            return byTime != 0 ? byTime : id.value().compareTo(other.id.value());
        }
    }

    private static final Map<ReservationStatus, LogEntryType> END_OF_HOLD = Map.of(
            ReservationStatus.CONFIRMED, LogEntryType.CONFIRMED,
            ReservationStatus.CANCELLED, LogEntryType.CANCELLED,
            ReservationStatus.EXPIRED, LogEntryType.EXPIRED);

    private final EventId eventId;
    private final EventQueue windows;
    private final Clock clock;
    private final int batch;
    private final long finishedMemoryMillis;

    private final SeatInventory inventory = new SeatInventory();
    private final Map<ReservationId, Reservation> reservations = new HashMap<>();
    private final Map<String, ReservationId> openHoldsByHolder = new HashMap<>();
    private final TreeSet<Due> holdEnds = new TreeSet<>();
    private final TreeSet<Due> forgetting = new TreeSet<>();
    /** The holder of each open hold whose log is on, taken at the hold: the hold may end after the window. */
    private final Map<ReservationId, LoggedEntry> loggedHolders = new HashMap<>();

    EventSeats(EventId eventId, EventQueue windows, Clock clock, int batch, long finishedMemoryMillis) {
        this.eventId = eventId;
        this.windows = windows;
        this.clock = clock;
        this.batch = batch;
        this.finishedMemoryMillis = finishedMemoryMillis;
    }

    HoldOutcome hold(String holder, ReservationId newId, SeatSelection selection, SeatPolicy policy) {
        synchronized (windows) {
            long now = clock.millis();
            OptionalLong windowEnd = windows.windowEnd(holder, now);
            if (windowEnd.isEmpty()) {
                return new HoldOutcome.WindowClosed();
            }
            for (SeatId seat : selection.seats()) {
                inventory.reservationOn(seat).ifPresent(id -> expireIfRunOut(id, now));
            }
            ReservationId ownHold = openHoldsByHolder.get(holder);
            if (ownHold != null) {
                expireIfRunOut(ownHold, now);
            }
            Optional<HoldOutcome> refusal = HoldRules.refusal(selection, policy, inventory::stateOf,
                    Optional.ofNullable(openHoldsByHolder.get(holder)), inventory.available());
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if (reservations.containsKey(newId)) {
                throw new IllegalArgumentException("reservation id " + newId + " is taken");
            }
            Instant end = policy.holdEnd(Instant.ofEpochMilli(now), Instant.ofEpochMilli(windowEnd.getAsLong()));
            Reservation hold = new Reservation(newId, eventId, holder, selection.seats(), ReservationStatus.HOLD, end);
            inventory.hold(hold.seats(), newId);
            reservations.put(newId, hold);
            openHoldsByHolder.put(holder, newId);
            holdEnds.add(Due.endOf(hold));
            windows.loggedHolder(holder).ifPresent(logged -> {
                loggedHolders.put(newId, logged);
                windows.log(logged, LogEntryType.HELD, now, Map.of("reservation_id", newId.value(),
                        "seat_ids", seatIds(hold), "hold_ends", Long.toString(end.toEpochMilli())));
            });
            return new HoldOutcome.Held(hold, inventory.available());
        }
    }

    Optional<Reservation> reservation(ReservationId id, String holder) {
        synchronized (windows) {
            return Optional.ofNullable(holdersAsOfNow(id, holder, clock.millis()));
        }
    }

    ConfirmOutcome confirm(ReservationId id, String holder) {
        synchronized (windows) {
            long now = clock.millis();
            Reservation reservation = holdersAsOfNow(id, holder, now);
            if (reservation == null) {
                return new ConfirmOutcome.NotFound();
            }
            return switch (reservation.status()) {
                case CONFIRMED -> new ConfirmOutcome.Confirmed(reservation);
                case CANCELLED -> new ConfirmOutcome.AlreadyCancelled();
                case EXPIRED -> new ConfirmOutcome.Expired();
                case HOLD -> {
                    if (windows.windowEnd(holder, now).isEmpty()) {
                        yield new ConfirmOutcome.WindowClosed();
                    }
                    inventory.sell(reservation.seats(), id);
                    Reservation sold = close(reservation, ReservationStatus.CONFIRMED, now);
                    windows.closeWindowByPurchase(holder, now);
                    yield new ConfirmOutcome.Confirmed(sold);
                }
            };
        }
    }

    /** The window is not touched: someone who left may still give the seats back. */
    CancelOutcome cancel(ReservationId id, String holder) {
        synchronized (windows) {
            long now = clock.millis();
            Reservation reservation = holdersAsOfNow(id, holder, now);
            if (reservation == null) {
                return new CancelOutcome.NotFound();
            }
            return switch (reservation.status()) {
                case CANCELLED -> new CancelOutcome.Cancelled(reservation);
                case CONFIRMED -> new CancelOutcome.AlreadyConfirmed();
                case EXPIRED -> new CancelOutcome.Expired();
                case HOLD -> new CancelOutcome.Cancelled(giveBack(reservation, ReservationStatus.CANCELLED, now));
            };
        }
    }

    /** Expires up to a batch of holds that ran out, earliest first, and forgets finished reservations that are old enough. */
    ExpirySweep expireHolds() {
        synchronized (windows) {
            long now = clock.millis();
            int expired = 0;
            while (expired < batch && hasRunOutHold(now)) {
                giveBack(reservations.get(holdEnds.first().id()), ReservationStatus.EXPIRED, now);
                expired++;
            }
            for (int forgotten = 0; forgotten < batch && !forgetting.isEmpty() && forgetting.first().atMillis() <= now; forgotten++) {
                reservations.remove(forgetting.pollFirst().id());
            }
            return new ExpirySweep(expired, hasRunOutHold(now));
        }
    }

    /** All of it or nothing: no held or sold seat is removed, and never more than the most seats an event may have. */
    SeatChangeOutcome change(SeatChange change) {
        synchronized (windows) {
            long now = clock.millis();
            for (SeatId seat : change.remove()) {
                inventory.reservationOn(seat).ifPresent(id -> expireIfRunOut(id, now));
            }
            List<SeatId> inUse = change.remove().stream()
                    .filter(seat -> inventory.stateOf(seat).filter(state -> state != SeatState.AVAILABLE).isPresent())
                    .toList();
            if (!inUse.isEmpty()) {
                return new SeatChangeOutcome.SeatsInUse(inUse);
            }
            if (inventory.sizeAfter(change.add(), change.remove()) > SeatPolicy.MAX_SEATS_PER_EVENT) {
                return new SeatChangeOutcome.TooManySeats(SeatPolicy.MAX_SEATS_PER_EVENT);
            }
            inventory.remove(change.remove());
            inventory.add(change.add());
            return new SeatChangeOutcome.Changed(inventory.counts());
        }
    }

    Optional<SeatMap> map() {
        synchronized (windows) {
            return inventory.isEmpty() ? Optional.empty() : Optional.of(inventory.map());
        }
    }

    Optional<SeatCounts> counts() {
        synchronized (windows) {
            return inventory.isEmpty() ? Optional.empty() : Optional.of(inventory.counts());
        }
    }

    /** The holder's reservation as of now (a hold that ran out expired first), or null when it is not theirs. */
    private Reservation holdersAsOfNow(ReservationId id, String holder, long now) {
        Reservation reservation = reservations.get(id);
        if (reservation == null || !reservation.isHeldBy(holder)) {
            return null;
        }
        return reservation.hasRunOut(Instant.ofEpochMilli(now)) ? giveBack(reservation, ReservationStatus.EXPIRED, now) : reservation;
    }

    private void expireIfRunOut(ReservationId id, long now) {
        Reservation reservation = reservations.get(id);
        if (reservation != null && reservation.hasRunOut(Instant.ofEpochMilli(now))) {
            giveBack(reservation, ReservationStatus.EXPIRED, now);
        }
    }

    private boolean hasRunOutHold(long now) {
        return !holdEnds.isEmpty() && holdEnds.first().atMillis() <= now;
    }

    /** Ends a hold by cancelling or expiring it: its seats are available again, and it is forgotten after a while. */
    private Reservation giveBack(Reservation hold, ReservationStatus end, long now) {
        inventory.release(hold.seats());
        Reservation finished = close(hold, end, now);
        forgetting.add(new Due(now + finishedMemoryMillis, hold.id()));
        return finished;
    }

    /**
     * A hold ends: it is no longer its holder's open hold, nor due to run out. Every way a hold ends passes
     * here, so its holder's log says so exactly once.
     */
    private Reservation close(Reservation hold, ReservationStatus end, long now) {
        Reservation ended = hold.movedTo(end);
        reservations.put(hold.id(), ended);
        openHoldsByHolder.remove(hold.holder(), hold.id());
        holdEnds.remove(Due.endOf(hold));
        LoggedEntry logged = loggedHolders.remove(hold.id());
        if (logged != null) {
            windows.log(logged, END_OF_HOLD.get(end), now,
                    Map.of("reservation_id", hold.id().value(), "seat_ids", seatIds(hold)));
        }
        return ended;
    }

    /** The seats in the order held, comma-separated, as the log gives them. */
    private static String seatIds(Reservation hold) {
        return String.join(",", hold.seats().stream().map(SeatId::value).toList());
    }
}
