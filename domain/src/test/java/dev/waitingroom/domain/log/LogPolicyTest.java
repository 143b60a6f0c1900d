package dev.waitingroom.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogPolicyTest {

    @Test
    void aLogKeepsAHundredEntriesForAWeekUnlessTheEventSaysOtherwise() {
        assertThat(LogPolicy.DEFAULT).isEqualTo(new LogPolicy(100, Duration.ofSeconds(604_800)));
    }

    @Test
    void aLogKeepsTenToTenThousandEntries() {
        Duration day = Duration.ofDays(1);
        assertThat(new LogPolicy(10, day).maxEntries()).isEqualTo(10);
        assertThat(new LogPolicy(10_000, day).maxEntries()).isEqualTo(10_000);
        assertThatThrownBy(() -> new LogPolicy(9, day)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log_max_entries");
        assertThatThrownBy(() -> new LogPolicy(10_001, day)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLogIsKeptFromAnHourToThirtyDaysInWholeSeconds() {
        assertThat(new LogPolicy(100, Duration.ofSeconds(3600)).ttl()).isEqualTo(Duration.ofHours(1));
        assertThat(new LogPolicy(100, Duration.ofSeconds(2_592_000)).ttl()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> new LogPolicy(100, Duration.ofSeconds(3599))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log_ttl_sec");
        assertThatThrownBy(() -> new LogPolicy(100, Duration.ofSeconds(2_592_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogPolicy(100, Duration.ofMillis(3_600_500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogPolicy(100, null)).isInstanceOf(NullPointerException.class);
    }
}
