package dev.waitingroom.domain.seat;

import static dev.waitingroom.domain.seat.ReservationStatus.CANCELLED;
import static dev.waitingroom.domain.seat.ReservationStatus.CONFIRMED;
import static dev.waitingroom.domain.seat.ReservationStatus.EXPIRED;
import static dev.waitingroom.domain.seat.ReservationStatus.HOLD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservationStatusTest {

    @Test
    void aHoldEndsInOneOfThreeWays() {
        assertThat(HOLD.canMoveTo(CONFIRMED)).isTrue();
        assertThat(HOLD.canMoveTo(CANCELLED)).isTrue();
        assertThat(HOLD.canMoveTo(EXPIRED)).isTrue();
        assertThat(HOLD.canMoveTo(HOLD)).isFalse();
    }

    @Test
    void anEndedReservationNeverMovesAgain() {
        for (ReservationStatus ended : new ReservationStatus[] {CONFIRMED, CANCELLED, EXPIRED}) {
            for (ReservationStatus next : ReservationStatus.values()) {
                assertThat(ended.canMoveTo(next)).as("%s -> %s", ended, next).isFalse();
            }
        }
    }

    @Test
    void onlyAHoldIsOpen() {
        assertThat(HOLD.isOpen()).isTrue();
        assertThat(CONFIRMED.isOpen()).isFalse();
        assertThat(CANCELLED.isOpen()).isFalse();
        assertThat(EXPIRED.isOpen()).isFalse();
    }
}
