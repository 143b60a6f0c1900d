package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeatCountsTest {

    @Test
    void aCounterCannotGoBelowZero() {
        assertThatThrownBy(() -> new SeatCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatCounts(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatCounts(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTotalIsEverySeat() {
        assertThat(new SeatCounts(3, 2, 1).total()).isEqualTo(6);
        assertThat(SeatCounts.NONE.total()).isZero();
    }
}
