package dev.waitingroom.domain.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    private static final Duration TWO_MINUTES = Duration.ofSeconds(120);

    @Test
    void theEtaIsThePositionOverTheMeasuredRateRoundedUp() {
        assertThat(WaitEstimate.etaSeconds(21, OptionalDouble.of(10), false)).hasValue(3);
        assertThat(WaitEstimate.etaSeconds(20, OptionalDouble.of(10), false)).hasValue(2);
        assertThat(WaitEstimate.etaSeconds(1, OptionalDouble.of(0.1), false)).hasValue(10);
    }

    @Test
    void noMeasuredRateOrAPauseMeansNoEta() {
        assertThat(WaitEstimate.etaSeconds(5, OptionalDouble.empty(), false)).isEmpty();
        assertThat(WaitEstimate.etaSeconds(5, OptionalDouble.of(10), true)).isEmpty();
    }

    @Test
    void pollsComeSoonerNearTheHead() {
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.of(1), TWO_MINUTES)).isEqualTo(1);
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.of(40), TWO_MINUTES)).isEqualTo(10);
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.of(0), TWO_MINUTES)).as("never below a second").isEqualTo(1);
    }

    @Test
    void pollsAreNeverMoreThanThirtySecondsApartNorLetTheEntryBeDropped() {
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.of(10_000), TWO_MINUTES)).isEqualTo(30);
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.empty(), TWO_MINUTES)).isEqualTo(30);
        assertThat(WaitEstimate.pollAfterSeconds(OptionalLong.empty(), Duration.ofSeconds(10))).as("three polls per abandon time").isEqualTo(3);
        assertThat(WaitEstimate.pollAfterSecondsWhenReady(Duration.ofSeconds(45))).isEqualTo(15);
    }
}
