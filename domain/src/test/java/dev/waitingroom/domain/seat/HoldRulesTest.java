package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldRulesTest {

    private static final ReservationId OPEN_HOLD = ReservationId.issue(new SecureRandom());
    private static final SeatPolicy TWO_PER_HOLD = new SeatPolicy(Duration.ofSeconds(300), 2);

    private final Map<SeatId, SeatState> seats = new HashMap<>(Map.of(
            SeatId.of("A1"), SeatState.AVAILABLE,
            SeatId.of("A2"), SeatState.HELD,
            SeatId.of("A3"), SeatState.SOLD,
            SeatId.of("A4"), SeatState.AVAILABLE));

    private Optional<HoldOutcome> refusal(SeatSelection selection, Optional<ReservationId> openHold) {
        long available = seats.values().stream().filter(state -> state == SeatState.AVAILABLE).count();
        return HoldRules.refusal(selection, TWO_PER_HOLD, seat -> Optional.ofNullable(seats.get(seat)), openHold, available);
    }

    @Test
    void availableSeatsWithinTheLimitAndNoOpenHoldMayBeHeld() {
        assertThat(refusal(SeatSelection.of("A4", "A1"), Optional.empty())).isEmpty();
    }

    @Test
    void tooManySeatsComesFirst() {
        assertThat(refusal(SeatSelection.of("X1", "A2", "A3"), Optional.of(OPEN_HOLD)))
                .contains(new HoldOutcome.TooManySeats(2));
    }

    @Test
    void thenSeatsTheEventDoesNotHaveAllOfThemInTheOrderAsked() {
        assertThat(refusal(SeatSelection.of("X2", "X1"), Optional.of(OPEN_HOLD)))
                .contains(new HoldOutcome.UnknownSeats(List.of(SeatId.of("X2"), SeatId.of("X1"))));
        assertThat(refusal(SeatSelection.of("A2", "X1"), Optional.empty()))
                .as("before a taken seat").contains(new HoldOutcome.UnknownSeats(List.of(SeatId.of("X1"))));
    }

    @Test
    void thenAnOpenHoldOfTheSameAdmission() {
        assertThat(refusal(SeatSelection.of("A1"), Optional.of(OPEN_HOLD))).contains(new HoldOutcome.HoldExists(OPEN_HOLD));
        assertThat(refusal(SeatSelection.of("A2"), Optional.of(OPEN_HOLD))).as("before a taken seat")
                .contains(new HoldOutcome.HoldExists(OPEN_HOLD));
    }

    @Test
    void thenNoSeatAvailableAtAll() {
        seats.replaceAll((seat, state) -> state == SeatState.AVAILABLE ? SeatState.SOLD : state);
        assertThat(refusal(SeatSelection.of("A2", "A3"), Optional.empty())).contains(new HoldOutcome.SoldOut());
    }

    @Test
    void thenEveryTakenSeatInTheOrderAskedHeldOrSold() {
        assertThat(refusal(SeatSelection.of("A3", "A1"), Optional.empty()))
                .contains(new HoldOutcome.SeatsUnavailable(List.of(SeatId.of("A3"))));
        assertThat(refusal(SeatSelection.of("A3", "A2"), Optional.empty()))
                .contains(new HoldOutcome.SeatsUnavailable(List.of(SeatId.of("A3"), SeatId.of("A2"))));
    }
}
