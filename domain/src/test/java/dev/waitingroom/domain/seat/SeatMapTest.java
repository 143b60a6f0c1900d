package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeatMapTest {

    private static SeatMap.Seat seat(String id, SeatState state) {
        return new SeatMap.Seat(SeatId.of(id), state);
    }

    @Test
    void countsTheStatesAsTheSeatsShowThem() {
        SeatMap map = new SeatMap(List.of(seat("A1", SeatState.AVAILABLE), seat("A2", SeatState.HELD),
                seat("A3", SeatState.SOLD), seat("A4", SeatState.HELD), seat("A5", SeatState.AVAILABLE)),
                new SeatCounts(0, 0, 0));

        assertThat(map.countedFromSeats()).as("whatever the counters say").isEqualTo(new SeatCounts(2, 2, 1));
    }

    @Test
    void noSeatsCountNothing() {
        assertThat(new SeatMap(List.of(), SeatCounts.NONE).countedFromSeats()).isEqualTo(SeatCounts.NONE);
    }
}
