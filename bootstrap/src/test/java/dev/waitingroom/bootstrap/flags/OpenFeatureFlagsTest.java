package dev.waitingroom.bootstrap.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.OpenFeatureAPI;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenFeatureFlagsTest {

    private static final FeatureFlag FLAG = FeatureFlag.STREAMS_QUEUE;

    @Test
    void theFlagsAreEvaluatedThroughOpenFeatureByTheStoresProvider() {
        try (OpenFeatureFlags flags = new OpenFeatureFlags(started(new SwitchableFlagStore(), Rollout.toPercent(25)))) {
            assertThat(OpenFeatureAPI.getInstance().getProviderMetadata(flags.domain()).getName()).isEqualTo("waiting-room-store");
            for (int i = 0; i < 500; i++) {
                String person = "user-" + i;
                assertThat(flags.isOn(FLAG, person)).as(person).isEqualTo(Rollout.toPercent(25).includes(FLAG, person));
            }
        }
    }

    @Test
    void twoGatewaysInOneJvmEachAskTheirOwnStore() {
        try (OpenFeatureFlags on = new OpenFeatureFlags(started(new SwitchableFlagStore(), Rollout.ON));
             OpenFeatureFlags off = new OpenFeatureFlags(started(new SwitchableFlagStore(), Rollout.OFF))) {
            assertThat(on.domain()).isNotEqualTo(off.domain());
            assertThat(on.isOn(FLAG, "ann")).isTrue();
            assertThat(off.isOn(FLAG, "ann")).isFalse();
        }
    }

    @Test
    void aClosedGatewayLetsGoOfItsProvider() {
        OpenFeatureFlags flags = new OpenFeatureFlags(started(new SwitchableFlagStore(), Rollout.ON));

        flags.close();

        assertThat(OpenFeatureAPI.getInstance().getProviderMetadata(flags.domain()).getName()).isNotEqualTo("waiting-room-store");
        assertThat(flags.isOn(FLAG, "ann")).as("nothing answers: off, the safe side").isFalse();
    }

    private static StoreFlagProvider started(SwitchableFlagStore store, Rollout starting) {
        StoreFlagProvider provider = new StoreFlagProvider(store, Map.of(FLAG, starting));
        provider.start();
        return provider;
    }
}
