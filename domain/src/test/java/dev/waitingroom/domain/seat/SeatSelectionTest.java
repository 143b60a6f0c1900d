package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeatSelectionTest {

    @Test
    void keepsTheSeatsInTheOrderAsked() {
        SeatSelection selection = SeatSelection.of("B2", "A1", "C3");
        assertThat(selection.seats()).containsExactly(SeatId.of("B2"), SeatId.of("A1"), SeatId.of("C3"));
        assertThat(selection.size()).isEqualTo(3);
    }

    @Test
    void aHoldNeedsAtLeastOneSeat() {
        assertThatThrownBy(() -> new SeatSelection(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeatMayBeAskedForOnlyOnce() {
        assertThatThrownBy(() -> SeatSelection.of("A1", "A2", "A1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A1");
    }

    @Test
    void theFirstSeatAskedForAgainIsNamed() {
        assertThat(SeatSelection.firstRepeated(List.of(SeatId.of("A1"), SeatId.of("A2"), SeatId.of("A2"), SeatId.of("A1"))))
                .isEqualTo(SeatId.of("A2"));
        assertThat(SeatSelection.firstRepeated(List.of(SeatId.of("A1"), SeatId.of("A2")))).isNull();
    }
}
