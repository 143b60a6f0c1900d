package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {

    @Test
    void withFilesToSpareTheLimitIsAsAskedPlusSocketsToRefuseOn() {
        ConnectionLimits limits = ConnectionLimits.within(10_000, 1_048_576, 120);

        assertThat(limits.served()).isEqualTo(10_000);
        assertThat(limits.accepted()).isEqualTo(10_064);
        assertThat(limits.lowered(10_000)).isFalse();
    }

    @Test
    void aLowFileLimitLowersBothBelowWhatTheProcessMayStillOpen() {
        ConnectionLimits limits = ConnectionLimits.within(10_000, 200, 80);

        assertThat(limits.accepted()).isEqualTo(200 - 80 - ConnectionLimits.MIN_FILES_IN_RESERVE);
        assertThat(limits.served()).isLessThan(limits.accepted()).isPositive();
        assertThat(limits.lowered(10_000)).isTrue();
    }

    @Test
    void aLargeFileLimitKeepsATenthInReserve() {
        ConnectionLimits limits = ConnectionLimits.within(100_000, 65_536, 1_000);

        assertThat(limits.accepted()).isEqualTo(65_536 - 1_000 - 6_553);
    }

    @Test
    void noRoomAtAllStopsTheStart() {
        assertThatThrownBy(() -> ConnectionLimits.within(10_000, 64, 40))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ulimit -n");
    }
}
