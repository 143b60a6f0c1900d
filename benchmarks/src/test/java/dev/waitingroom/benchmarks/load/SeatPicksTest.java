package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeatPicksTest {

    @Test
    void ownPicksAreOneToFourSeatsOfTheirOwnBlockSoTheyNeverCollide() {
        List<SeatPicks.Pick> picks = SeatPicks.of(1_000, 0, 100, 4_100);

        Set<String> taken = new HashSet<>();
        for (int person = 0; person < picks.size(); person++) {
            List<String> own = picks.get(person).own();
            assertThat(own).hasSizeBetween(1, SeatPicks.MOST_SEATS).startsWith(SeatPicks.seatId(person * 4));
            assertThat(own).allSatisfy(seat -> assertThat(taken.add(seat)).as(seat + " picked twice").isTrue());
            assertThat(picks.get(person).contended()).isFalse();
        }
        assertThat(picks.stream().map(pick -> pick.own().size()).distinct()).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void aShareOfPeopleFirstTryAsManyDistinctSeatsOfTheHotBlock() {
        List<SeatPicks.Pick> picks = SeatPicks.of(10_000, 0.05, 2_000, 100_000);

        List<SeatPicks.Pick> contended = picks.stream().filter(SeatPicks.Pick::contended).toList();
        assertThat(contended.size()).isBetween(400, 600);
        assertThat(contended).allSatisfy(pick -> {
            assertThat(pick.hot()).hasSameSizeAs(pick.own()).doesNotHaveDuplicates();
            assertThat(pick.hot()).allSatisfy(seat -> assertThat(seat).isBetween(SeatPicks.seatId(98_000), SeatPicks.seatId(99_999)));
        });
    }

    @Test
    void theSameRunPicksTheSameSeats() {
        assertThat(SeatPicks.of(500, 0.5, 100, 2_100)).isEqualTo(SeatPicks.of(500, 0.5, 100, 2_100));
    }

    @Test
    void blocksThatDoNotFitBesideTheHotSeatsAreRefused() {
        assertThat(SeatPicks.fits(24_500, 2_000, 100_000)).isTrue();
        assertThat(SeatPicks.fits(24_501, 2_000, 100_000)).isFalse();
        assertThatThrownBy(() -> SeatPicks.of(24_501, 0.05, 2_000, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seatIdsAreFiveDigitsSoTheySortAsNumbers() {
        assertThat(SeatPicks.seatId(7)).isEqualTo("s00007");
        assertThat(SeatPicks.seatId(99_999)).isEqualTo("s99999");
    }
}
