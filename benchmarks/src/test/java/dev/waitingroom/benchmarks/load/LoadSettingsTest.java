package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.benchmarks.load.LoadSettings.Phase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void theBareCommandRunsTheDocumentedDefaults() {
        LoadSettings settings = LoadSettings.from();

        assertThat(settings.clients()).isEqualTo(50);
        assertThat(settings.ratePerSecond()).isEqualTo(10_000);
        assertThat(settings.rateDuration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anArgumentOverridesItsDefaultOnly() {
        LoadSettings settings = LoadSettings.from("rate=2000", "rate.seconds=5");

        assertThat(settings.ratePerSecond()).isEqualTo(2_000);
        assertThat(settings.rateDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.clients()).isEqualTo(50);
    }

    @Test
    void aMisspelledArgumentIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> LoadSettings.from("rate.second=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate.second=5");
    }

    @Test
    void aRunWithoutClientsIsRefused() {
        assertThatThrownBy(() -> LoadSettings.from("clients=0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGatewaysJvmOptionsAreSplitAtSpaces() {
        LoadSettings settings = LoadSettings.from("gateway.jvm= -Xmx512m  -XX:+UseG1GC ");

        assertThat(settings.gatewayJvm()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(LoadSettings.from().gatewayJvm()).containsExactly("-Xms1g", "-Xmx1g", "-XX:+UseZGC");
        assertThat(LoadSettings.from().redisOptions()).isEmpty();
        assertThat(LoadSettings.from("redis.options=--stream-node-max-bytes 512").redisOptions())
                .containsExactly("--stream-node-max-bytes", "512");
    }

    @Test
    void everyPhaseRunsUnlessSomeArePicked() {
        assertThat(LoadSettings.from().phases()).containsExactly(Phase.CEILING, Phase.JOIN, Phase.STATUS, Phase.STEP, Phase.HOLD);

        LoadSettings joinsOnly = LoadSettings.from("phases=join, ceiling");

        assertThat(joinsOnly.phases()).containsExactly(Phase.CEILING, Phase.JOIN);
        assertThat(joinsOnly.runs(Phase.STATUS)).isFalse();
    }

    @Test
    void anUnknownPhaseIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> LoadSettings.from("phases=join,admission"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admission")
                .hasMessageContaining("ceiling, join, status, step, hold");
    }

    @Test
    void theStepPhaseTakesAListOfQueueLengths() {
        assertThat(LoadSettings.from().stepWaiting()).containsExactly(100_000L, 1_000_000L);
        assertThat(LoadSettings.from("step.waiting=5000").stepWaiting()).containsExactly(5_000L);
        assertThatThrownBy(() -> LoadSettings.from("step.waiting=5000,0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdmissionRateTheApiWouldRefuseIsRefusedBeforeTheRunStarts() {
        assertThatThrownBy(() -> LoadSettings.from("status.rate=100001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.from("step.rate=0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogIsOffUnlessTheRunTurnsItOn() {
        assertThat(LoadSettings.from().streams()).isFalse();
        assertThat(LoadSettings.from("streams=on").streams()).isTrue();
        assertThatThrownBy(() -> LoadSettings.from("streams=true")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on or off");
    }

    @Test
    void theHoldPhaseNeedsABlockOfSeatsPerPersonBesideTheHotSeats() {
        LoadSettings settings = LoadSettings.from("phases=hold");

        assertThat(settings.holdPeople()).isEqualTo(20_000);
        assertThat(settings.holdSeats()).isEqualTo(100_000);
        assertThat(LoadSettings.from("hold.people=24500", "hold.hot.seats=2000").holdPeople()).isEqualTo(24_500);
        assertThatThrownBy(() -> LoadSettings.from("hold.people=24501", "hold.hot.seats=2000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.from("expiry.holds=30000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.from("hold.seats=100001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.from("hold.contended=1.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
