package dev.waitingroom.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogLimitTest {

    @Test
    void aReadReturnsOneToAThousandEntriesAndAHundredUnlessAsked() {
        assertThat(LogLimit.DEFAULT.value()).isEqualTo(100);
        assertThat(new LogLimit(1).value()).isEqualTo(1);
        assertThat(new LogLimit(LogLimit.MAX).value()).isEqualTo(1000);
        assertThatThrownBy(() -> new LogLimit(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> new LogLimit(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogLimit(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
