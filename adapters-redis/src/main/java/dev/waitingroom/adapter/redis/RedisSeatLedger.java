package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.CancelOutcome;
import dev.waitingroom.domain.seat.ConfirmOutcome;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Seats and reservations in Redis: each operation is one Lua script over the keys of one event, timed
 * by the server's clock, so any number of gateway instances hold, confirm, cancel and expire as one would.
 * A hold finds the admission window behind an entry id through the string that
 * {@link RedisAdmissionStore#keepPass} writes.
 */
public final class RedisSeatLedger implements SeatLedger {

    /**
     * Holds one expiry pass releases at most. Releasing one costs Redis 14-22 µs (runs AD-AG of
     * docs/benchmarks.md), so a pass of 150 holds Redis for 2-3 ms; 500 held it for up to 14 ms.
     */
    public static final int DEFAULT_BATCH = 150;
    /** How long a cancelled or expired reservation can still be read; confirmed ones are kept (they are sales). */
    public static final Duration DEFAULT_FINISHED_MEMORY = Duration.ofDays(1);

    private static final int NOT_FOUND = 0;
    private static final int ANSWERED = 1;

    private final RedisConnection connection;
    private final String batch;
    private final String finishedMemoryMillis;
    private final String expiredMemoryMillis;

    public RedisSeatLedger(RedisConnection connection) {
        this(connection, DEFAULT_BATCH, DEFAULT_FINISHED_MEMORY);
    }

    public RedisSeatLedger(RedisConnection connection, int batch, Duration finishedMemory) {
        this(connection, batch, finishedMemory, RedisAdmissionStore.DEFAULT_EXPIRED_MEMORY);
    }

    /**
     * @param expiredMemory how long the token of a window closed by a confirm answers "expired": give it the
     *                      admission store's, so such a window is remembered as long as one that ended
     */
    public RedisSeatLedger(RedisConnection connection, int batch, Duration finishedMemory, Duration expiredMemory) {
        if (batch < 1 || finishedMemory.toMillis() < 1 || expiredMemory.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "an expiry pass needs a batch of at least one, and what is remembered at least a millisecond");
        }
        this.connection = connection;
        this.batch = Integer.toString(batch);
        this.finishedMemoryMillis = Long.toString(finishedMemory.toMillis());
        this.expiredMemoryMillis = Long.toString(expiredMemory.toMillis());
    }

    @Override
    public HoldOutcome hold(EventId eventId, String holder, ReservationId newId, SeatSelection selection) {
        RedisKeys keys = RedisKeys.of(eventId);
        List<String> args = new ArrayList<>(List.of(ReservationRecord.checkedHolder(holder), newId.value(),
                finishedMemoryMillis, EventSettingsHash.HOLD_TTL_SEC, EventSettingsHash.MAX_SEATS_PER_HOLD,
                Long.toString(SeatPolicy.DEFAULT.holdTtl().toSeconds()),
                Integer.toString(SeatPolicy.DEFAULT.maxSeatsPerHold())));
        args.addAll(EventSettingsHash.LOG_SETTINGS);
        selection.seats().forEach(seat -> args.add(seat.value()));
        ScriptReply reply = connection.run(LuaScript.HOLD,
                ledgerKeys(keys, keys.entry(holder), keys.windows(), keys.logged()), args.toArray(String[]::new));
        return switch (reply.outcome()) {
            case 0 -> new HoldOutcome.WindowClosed();
            case 1 -> new HoldOutcome.Held(new Reservation(newId, eventId, holder, selection.seats(),
                    ReservationStatus.HOLD, Instant.ofEpochMilli(reply.number(1))), reply.number(2));
            case 2 -> new HoldOutcome.TooManySeats(Math.toIntExact(reply.number(1)));
            case 3 -> new HoldOutcome.UnknownSeats(seatsFrom(reply));
            case 4 -> new HoldOutcome.HoldExists(new ReservationId(reply.text(1)));
            case 5 -> new HoldOutcome.SoldOut();
            case 6 -> new HoldOutcome.SeatsUnavailable(seatsFrom(reply));
            case 7 -> throw new IllegalArgumentException("reservation id " + newId + " is taken");
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<Reservation> reservation(EventId eventId, ReservationId id, String holder) {
        RedisKeys keys = RedisKeys.of(eventId);
        ScriptReply reply = connection.run(LuaScript.RESERVATION, ledgerKeys(keys),
                EventSettingsHash.withLogSettings(id.value(), holder, finishedMemoryMillis));
        return switch (reply.outcome()) {
            case NOT_FOUND -> Optional.empty();
            case ANSWERED -> Optional.of(ReservationRecord.read(eventId, id, reply.text(1)));
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public ConfirmOutcome confirm(EventId eventId, ReservationId id, String holder) {
        RedisKeys keys = RedisKeys.of(eventId);
        String[] scriptKeys = ledgerKeys(keys, keys.entry(holder), keys.windows(), keys.passes(), keys.tickets(),
                keys.users(), keys.expired());
        ScriptReply reply = connection.run(LuaScript.CONFIRM, scriptKeys,
                EventSettingsHash.withLogSettings(id.value(), holder, finishedMemoryMillis, expiredMemoryMillis));
        return switch (reply.outcome()) {
            case NOT_FOUND -> new ConfirmOutcome.NotFound();
            case 1 -> new ConfirmOutcome.Confirmed(ReservationRecord.read(eventId, id, reply.text(1)));
            case 2 -> new ConfirmOutcome.AlreadyCancelled();
            case 3 -> new ConfirmOutcome.Expired();
            case 4 -> new ConfirmOutcome.WindowClosed();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public CancelOutcome cancel(EventId eventId, ReservationId id, String holder) {
        RedisKeys keys = RedisKeys.of(eventId);
        ScriptReply reply = connection.run(LuaScript.CANCEL, ledgerKeys(keys),
                EventSettingsHash.withLogSettings(id.value(), holder, finishedMemoryMillis));
        return switch (reply.outcome()) {
            case NOT_FOUND -> new CancelOutcome.NotFound();
            case 1 -> new CancelOutcome.Cancelled(ReservationRecord.read(eventId, id, reply.text(1)));
            case 2 -> new CancelOutcome.AlreadyConfirmed();
            case 3 -> new CancelOutcome.Expired();
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public ExpirySweep expireHolds(EventId eventId) {
        ScriptReply reply = connection.run(LuaScript.EXPIRE_HOLDS, ledgerKeys(RedisKeys.of(eventId)),
                EventSettingsHash.withLogSettings(batch, finishedMemoryMillis));
        return new ExpirySweep(Math.toIntExact(reply.number(0)), reply.number(1) == 1);
    }

    /** One script call whatever the size, so an operator's change applies whole or not at all. */
    @Override
    public SeatChangeOutcome changeSeats(EventId eventId, SeatChange change) {
        List<String> args = new ArrayList<>(7 + change.add().size() + change.remove().size());
        args.add(finishedMemoryMillis);
        args.add(Integer.toString(SeatPolicy.MAX_SEATS_PER_EVENT));
        args.addAll(EventSettingsHash.LOG_SETTINGS);
        args.add(Integer.toString(change.add().size()));
        change.add().forEach(seat -> args.add(seat.value()));
        change.remove().forEach(seat -> args.add(seat.value()));
        ScriptReply reply = connection.run(LuaScript.CHANGE_SEATS, ledgerKeys(RedisKeys.of(eventId)),
                args.toArray(String[]::new));
        return switch (reply.outcome()) {
            case 1 -> new SeatChangeOutcome.Changed(countsFrom(reply));
            case 2 -> new SeatChangeOutcome.SeatsInUse(seatsFrom(reply));
            case 3 -> new SeatChangeOutcome.TooManySeats(Math.toIntExact(reply.number(1)));
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<SeatMap> seats(EventId eventId) {
        RedisKeys keys = RedisKeys.of(eventId);
        ScriptReply reply = connection.run(LuaScript.SEAT_MAP, new String[] {keys.seats(), keys.seatCounts()});
        return switch (reply.outcome()) {
            case NOT_FOUND -> Optional.empty();
            case ANSWERED -> Optional.of(seatMapFrom(reply));
            default -> throw reply.unexpectedOutcome();
        };
    }

    @Override
    public Optional<SeatCounts> seatCounts(EventId eventId) {
        ScriptReply reply = connection.run(LuaScript.SEAT_COUNTS, new String[] {RedisKeys.of(eventId).seatCounts()});
        return switch (reply.outcome()) {
            case NOT_FOUND -> Optional.empty();
            case ANSWERED -> Optional.of(countsFrom(reply));
            default -> throw reply.unexpectedOutcome();
        };
    }

    /**
     * The keys every seat script starts with, in the order its helpers expect (the event's hash and key prefix
     * log the end of a hold, whichever script ends it), then its own.
     */
    private static String[] ledgerKeys(RedisKeys keys, String... more) {
        String[] ledger = {keys.seats(), keys.seatCounts(), keys.reservations(), keys.holds(), keys.holders(),
                keys.finished(), keys.event(), keys.logPrefix()};
        String[] all = Arrays.copyOf(ledger, ledger.length + more.length);
        System.arraycopy(more, 0, all, ledger.length, more.length);
        return all;
    }

    private static List<SeatId> seatsFrom(ScriptReply reply) {
        List<SeatId> seats = new ArrayList<>();
        for (int i = 1; i < reply.values().size(); i++) {
            seats.add(new SeatId(reply.text(i)));
        }
        return seats;
    }

    private static SeatCounts countsFrom(ScriptReply reply) {
        return new SeatCounts(reply.number(1), reply.number(2), reply.number(3));
    }

    private static SeatMap seatMapFrom(ScriptReply reply) {
        List<SeatMap.Seat> seats = new ArrayList<>((reply.values().size() - 4) / 2);
        for (int i = 4; i < reply.values().size(); i += 2) {
            seats.add(new SeatMap.Seat(new SeatId(reply.text(i)), stateOf(reply.text(i + 1))));
        }
        seats.sort(Comparator.comparing(SeatMap.Seat::id));
        return new SeatMap(seats, countsFrom(reply));
    }

    private static SeatState stateOf(String letter) {
        return switch (letter) {
            case "A" -> SeatState.AVAILABLE;
            case "H" -> SeatState.HELD;
            case "S" -> SeatState.SOLD;
            default -> throw new IllegalStateException("seat_map.lua answered an unknown seat state: " + letter);
        };
    }
}
