package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SeatAndReservationIdsTest {

    @Test
    void aSeatIdIsOneToSixtyFourCharactersOfTheIdentifierAlphabet() {
        assertThat(SeatId.parse("Row-A:12.b_1")).contains(SeatId.of("Row-A:12.b_1"));
        assertThat(SeatId.parse("x".repeat(64))).isPresent();
        assertThat(SeatId.parse("x".repeat(65))).isEmpty();
        assertThat(SeatId.parse("")).isEmpty();
        assertThat(SeatId.parse(null)).isEmpty();
        assertThat(SeatId.parse("A 1")).isEmpty();
        assertThat(SeatId.parse("A,1")).as("a separator in the stored lists").isEmpty();
        assertThat(SeatId.parse("A|1")).as("a separator in the stored records").isEmpty();
        assertThatThrownBy(() -> SeatId.of("A/1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seatIdsSortByTheirText() {
        assertThat(SeatId.of("A1")).isLessThan(SeatId.of("A10")).isLessThan(SeatId.of("B2"));
    }

    @Test
    void anIssuedReservationIdIs128RandomBitsInBase64Url() {
        SecureRandom random = new SecureRandom();
        ReservationId first = ReservationId.issue(random);
        assertThat(first.value()).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(ReservationId.issue(random)).isNotEqualTo(first);
        assertThat(ReservationId.parse(first.value())).contains(first);
    }

    @Test
    void aReservationIdHoldsNoSeparator() {
        assertThat(ReservationId.parse("abc:def")).isEmpty();
        assertThat(ReservationId.parse("abc.def")).isEmpty();
        assertThat(ReservationId.parse("abc|def")).isEmpty();
        assertThat(ReservationId.parse("")).isEmpty();
        assertThat(ReservationId.parse(null)).isEmpty();
    }
}
