package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.seat.Reservation;

public sealed interface ReadReservationResult {

    /** As it stands now: a hold that ran out reads EXPIRED, swept or not. */
    record Found(Reservation reservation) implements ReadReservationResult {
    }

    /** No such reservation, or it belongs to someone else. */
    record NotFound() implements ReadReservationResult {
    }
}
