package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.ReservationStatus;
import dev.waitingroom.domain.seat.SeatId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How a reservation is laid out in its event's reservations hash ({@link RedisKeys#reservations()}):
 * {@code <STATUS>|<holder entry id>|<hold end, unix ms>|<seat,seat,...>}, followed by
 * {@code |<ticket id>|<person>} when the holder's entry keeps a log (so the hold's end is logged to that
 * person whenever it comes). The seat scripts write it; this reads what they answer. Seat ids cannot contain
 * {@code |} or {@code ,}; a holder is checked here.
 */
final class ReservationRecord {

    private static final String FIELDS = "\\|";
    private static final String SEATS = ",";

    private ReservationRecord() {
    }

    static Reservation read(EventId eventId, ReservationId id, String record) {
        String[] fields = record.split(FIELDS, -1);
        if (fields.length != 4 && fields.length != 6) {
            throw new IllegalStateException("malformed reservation record of " + id + ": " + record);
        }
        List<SeatId> seats = Arrays.stream(fields[3].split(SEATS)).map(SeatId::new).toList();
        return new Reservation(id, eventId, fields[1], seats, ReservationStatus.valueOf(fields[0]),
                Instant.ofEpochMilli(Long.parseLong(fields[2])));
    }

    /** An entry id is base64url; anything holding the separator would corrupt the record, and is a bug. */
    static String checkedHolder(String holder) {
        if (holder.isEmpty() || holder.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a holder is an entry id, not: " + holder);
        }
        return holder;
    }
}
