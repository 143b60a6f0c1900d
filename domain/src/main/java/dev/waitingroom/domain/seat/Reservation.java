package dev.waitingroom.domain.seat;

import dev.waitingroom.domain.queue.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Seats held for one admitted person, and what became of them.
 *
 * @param holder        the admitted entry that made the hold (its entry id, the {@code sub} of its pass):
 *                      only it may read or change the reservation
 * @param holdExpiresAt when a hold that is still open ends by itself
 */
public record Reservation(ReservationId id, EventId eventId, String holder, List<SeatId> seats,
                          ReservationStatus status, Instant holdExpiresAt) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(holder, "holder");
        seats = List.copyOf(Objects.requireNonNull(seats, "seats"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
    }

    /** Rule: a hold ends at its time; from that millisecond on it can only become EXPIRED. */
    public boolean hasRunOut(Instant now) {
        return status == ReservationStatus.HOLD && !now.isBefore(holdExpiresAt);
    }

    public boolean isHeldBy(String entryId) {
        return holder.equals(entryId);
    }

    public Reservation movedTo(ReservationStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a reservation in " + status + " cannot become " + next);
        }
        return new Reservation(id, eventId, holder, seats, next, holdExpiresAt);
    }
}
