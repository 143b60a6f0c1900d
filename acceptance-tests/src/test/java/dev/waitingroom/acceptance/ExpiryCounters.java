package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one gateway reports about its own expiry work: how many expiry rounds it ran (each looks at every
 * event for holds that ran out) and how many holds its sweeps gave back.
 */
record ExpiryCounters(double rounds, double givenBack) {

    static final String ROUNDS = "waitingroom_hold_expiry_round_seconds_count";
    static final String GIVEN_BACK = "waitingroom_hold_expiries_total";

    static ExpiryCounters of(Reply metrics) {
        assertThat(metrics.status()).as("the gateway's metrics: status %s", metrics.status()).isEqualTo(200);
        return new ExpiryCounters(GatewayCounters.sample(metrics.text(), ROUNDS),
                GatewayCounters.sample(metrics.text(), GIVEN_BACK));
    }
}
