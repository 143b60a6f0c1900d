package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.queue.EventId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant END = Instant.parse("2026-11-27T18:05:00Z");

    private static Reservation hold(List<SeatId> seats) {
        return new Reservation(ReservationId.issue(new SecureRandom()), EventId.of("concert"), "entry-1", seats,
                ReservationStatus.HOLD, END);
    }

    @Test
    void aHoldRunsOutAtTheExactMillisecondOfItsEnd() {
        Reservation hold = hold(List.of(SeatId.of("A1")));
        assertThat(hold.hasRunOut(END.minusMillis(1))).isFalse();
        assertThat(hold.hasRunOut(END)).isTrue();
        assertThat(hold.hasRunOut(END.plusMillis(1))).isTrue();
    }

    @Test
    void onlyAHoldRunsOut() {
        Reservation hold = hold(List.of(SeatId.of("A1")));
        assertThat(hold.movedTo(ReservationStatus.CONFIRMED).hasRunOut(END.plusSeconds(60))).isFalse();
        assertThat(hold.movedTo(ReservationStatus.CANCELLED).hasRunOut(END.plusSeconds(60))).isFalse();
    }

    @Test
    void movingKeepsEverythingButTheStatusAndAnEndedOneCannotMove() {
        Reservation hold = hold(List.of(SeatId.of("A2"), SeatId.of("A1")));
        Reservation sold = hold.movedTo(ReservationStatus.CONFIRMED);
        assertThat(sold).isEqualTo(new Reservation(hold.id(), hold.eventId(), hold.holder(), hold.seats(),
                ReservationStatus.CONFIRMED, hold.holdExpiresAt()));
        assertThatThrownBy(() -> sold.movedTo(ReservationStatus.CANCELLED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hold.movedTo(ReservationStatus.HOLD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itBelongsToItsHolderOnly() {
        Reservation hold = hold(List.of(SeatId.of("A1")));
        assertThat(hold.isHeldBy("entry-1")).isTrue();
        assertThat(hold.isHeldBy("entry-2")).isFalse();
    }

    @Test
    void itsSeatsCannotChangeFromOutside() {
        List<SeatId> seats = new ArrayList<>(List.of(SeatId.of("A1")));
        Reservation hold = hold(seats);
        seats.add(SeatId.of("A2"));
        assertThat(hold.seats()).containsExactly(SeatId.of("A1"));
    }
}
