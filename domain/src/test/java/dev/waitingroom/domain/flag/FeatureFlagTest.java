package dev.waitingroom.domain.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureFlagTest {

    @Test
    void aFlagIsFoundByItsExactName() {
        assertThat(FeatureFlag.named("streams_queue")).contains(FeatureFlag.STREAMS_QUEUE);
        assertThat(FeatureFlag.named("STREAMS_QUEUE")).isEmpty();
        assertThat(FeatureFlag.named("streams_queue ")).isEmpty();
        assertThat(FeatureFlag.named("lua_atomic")).as("not a flag of this product").isEmpty();
        assertThat(FeatureFlag.named("")).isEmpty();
        assertThat(FeatureFlag.named(null)).isEmpty();
    }

    @Test
    void theStreamsQueueStartsOffUnlessItsVariableSaysOtherwise() {
        assertThat(FeatureFlag.STREAMS_QUEUE.environmentVariable()).isEqualTo("FEATURE_STREAMS_QUEUE");
        assertThat(FeatureFlag.STREAMS_QUEUE.byDefault()).isEqualTo(Rollout.OFF);
    }

    @Test
    void everyFlagHasItsOwnNameAndVariableFitForAPathAndAnEnvironment() {
        assertThat(Arrays.stream(FeatureFlag.values()).map(FeatureFlag::flagName)).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z][a-z0-9_]*"));
        assertThat(Arrays.stream(FeatureFlag.values()).map(FeatureFlag::environmentVariable)).doesNotHaveDuplicates()
                .allMatch(variable -> variable.matches("FEATURE_[A-Z0-9_]+"));
        for (FeatureFlag flag : FeatureFlag.values()) {
            assertThat(FeatureFlag.named(flag.flagName())).contains(flag);
        }
    }
}
