package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeatChangeTest {

    private static List<SeatId> ids(String... seats) {
        return java.util.Arrays.stream(seats).map(SeatId::of).toList();
    }

    @Test
    void aSeatNamedTwiceCountsOnceAndTheFirstOrderIsKept() {
        SeatChange change = new SeatChange(ids("B1", "A1", "B1"), ids("C1", "C1"));
        assertThat(change.add()).isEqualTo(ids("B1", "A1"));
        assertThat(change.remove()).isEqualTo(ids("C1"));
    }

    @Test
    void aSeatCannotBeAddedAndRemovedAtOnce() {
        assertThatThrownBy(() -> new SeatChange(ids("A1", "A2"), ids("A2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A2");
    }

    @Test
    void aChangeWithNoSeatsIsEmpty() {
        assertThat(SeatChange.NONE.isEmpty()).isTrue();
        assertThat(new SeatChange(ids("A1"), List.of()).isEmpty()).isFalse();
        assertThat(new SeatChange(List.of(), ids("A1")).isEmpty()).isFalse();
    }
}
