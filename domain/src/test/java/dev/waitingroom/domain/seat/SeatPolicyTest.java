package dev.waitingroom.domain.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeatPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

    @Test
    void aHoldLastsTenSecondsToAnHourInWholeSeconds() {
        assertThat(new SeatPolicy(Duration.ofSeconds(10), 1).holdTtl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new SeatPolicy(Duration.ofSeconds(3600), 1).holdTtl()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new SeatPolicy(Duration.ofSeconds(9), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatPolicy(Duration.ofSeconds(3601), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatPolicy(Duration.ofMillis(10_500), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHoldTakesOneToAHundredSeatsAtMost() {
        assertThat(new SeatPolicy(Duration.ofSeconds(60), 1).maxSeatsPerHold()).isEqualTo(1);
        assertThat(new SeatPolicy(Duration.ofSeconds(60), 100).maxSeatsPerHold()).isEqualTo(100);
        assertThatThrownBy(() -> new SeatPolicy(Duration.ofSeconds(60), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatPolicy(Duration.ofSeconds(60), 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultHoldsEightSeatsForFiveMinutes() {
        assertThat(SeatPolicy.DEFAULT).isEqualTo(new SeatPolicy(Duration.ofMinutes(5), 8));
    }

    @Test
    void allowsUpToItsMaximumSeats() {
        SeatPolicy policy = new SeatPolicy(Duration.ofSeconds(60), 2);
        assertThat(policy.allows(SeatSelection.of("A1"))).isTrue();
        assertThat(policy.allows(SeatSelection.of("A1", "A2"))).isTrue();
        assertThat(policy.allows(SeatSelection.of("A1", "A2", "A3"))).isFalse();
    }

    @Test
    void aHoldEndsAfterItsTimeOrWithItsWindowWhicheverComesFirst() {
        SeatPolicy policy = new SeatPolicy(Duration.ofSeconds(300), 8);
        assertThat(policy.holdEnd(NOW, NOW.plusSeconds(600))).isEqualTo(NOW.plusSeconds(300));
        assertThat(policy.holdEnd(NOW, NOW.plusSeconds(300))).isEqualTo(NOW.plusSeconds(300));
        assertThat(policy.holdEnd(NOW, NOW.plusSeconds(120))).isEqualTo(NOW.plusSeconds(120));
    }
}
