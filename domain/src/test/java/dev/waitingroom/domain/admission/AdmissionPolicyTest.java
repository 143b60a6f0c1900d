package dev.waitingroom.domain.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdmissionPolicyTest {

    @Test
    void aNewEventIsPausedWithTheDocumentedDefaults() {
        AdmissionPolicy defaults = AdmissionPolicy.DEFAULT;
        assertThat(defaults.paused()).isTrue();
        assertThat(defaults.ratePerSecond()).isEqualTo(10);
        assertThat(defaults.maxActive()).isEqualTo(10_000);
        assertThat(defaults.entryTtl()).isEqualTo(Duration.ofSeconds(600));
        assertThat(defaults.abandonAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @ParameterizedTest
    @CsvSource({"0.09, 1, 10, 10, admission_rate_per_sec", "100001, 1, 10, 10, admission_rate_per_sec",
            "NaN, 1, 10, 10, admission_rate_per_sec", "1, 0, 10, 10, max_active", "1, 10000001, 10, 10, max_active",
            "1, 1, 9, 10, entry_ttl_sec", "1, 1, 86401, 10, entry_ttl_sec", "1, 1, 10, 9, abandon_after_sec",
            "1, 1, 10, 86401, abandon_after_sec"})
    void valuesOutOfRangeAreRefusedByName(double rate, int maxActive, long ttl, long abandon, String field) {
        assertThatThrownBy(() -> new AdmissionPolicy(rate, maxActive, Duration.ofSeconds(ttl), Duration.ofSeconds(abandon), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field);
    }

    @Test
    void theBurstIsOneSecondsWorthAndAtLeastOnePerson() {
        assertThat(new AdmissionPolicy(250, 1, Duration.ofSeconds(10), Duration.ofSeconds(10), false).burst()).isEqualTo(250);
        assertThat(new AdmissionPolicy(0.5, 1, Duration.ofSeconds(10), Duration.ofSeconds(10), false).burst()).isEqualTo(1);
    }
}
