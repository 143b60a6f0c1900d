package dev.waitingroom.domain.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuredRateTest {

    @Test
    void nobodyAdmittedMeansNoRate() {
        assertThat(MeasuredRate.of(0, 0, 30_000)).isEmpty();
    }

    @Test
    void theRateIsOverTheLastMinute() {
        assertThat(MeasuredRate.of(600, 0, 120_000)).hasValue(10.0);
    }

    @Test
    void shortlyAfterAdmissionStartedItIsOverTheTimeSince() {
        assertThat(MeasuredRate.of(50, 10_000, 15_000)).hasValue(10.0);
    }

    @Test
    void theFirstSecondCountsAsAWholeSecond() {
        assertThat(MeasuredRate.of(10, 10_000, 10_000)).hasValue(10.0);
        assertThat(MeasuredRate.of(10, 10_000, 10_400)).hasValue(10.0);
    }

    @Test
    void theWindowHoldsTheLastSixtyWholeSeconds() {
        assertThat(MeasuredRate.inWindow(100, 100_999)).isTrue();
        assertThat(MeasuredRate.inWindow(41, 100_999)).isTrue();
        assertThat(MeasuredRate.inWindow(40, 100_999)).isFalse();
    }
}
