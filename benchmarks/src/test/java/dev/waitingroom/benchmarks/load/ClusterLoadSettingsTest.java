package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterLoadSettingsTest {

    @Test
    void ownKeysHereAndTheRestAsTheLoadBenchmarkTakesThem() {
        ClusterLoadSettings settings = ClusterLoadSettings.from("backends=single", "gateways=2", "warmup.seconds=5");

        assertThat(settings.backends()).containsExactly("single");
        assertThat(settings.gateways()).isEqualTo(2);
        assertThat(settings.events()).isEqualTo(30);
        assertThat(settings.load().warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.load().phases()).containsExactly(LoadSettings.Phase.JOIN, LoadSettings.Phase.STATUS);
    }

    @Test
    void onlyTheJoinAndStatusPhasesAndKnownBackends() {
        assertThat(ClusterLoadSettings.from("phases=join").load().phases()).containsExactly(LoadSettings.Phase.JOIN);
        for (List<String> wrong : List.of(List.of("phases=hold"), List.of("backends=sentinel"), List.of("gateways=0"), List.of("nonsense=1"))) {
            assertThatThrownBy(() -> ClusterLoadSettings.from(wrong.toArray(String[]::new))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
