package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A FEATURE_* setting the gateway cannot honour stops it at start with status 2, as any bad setting does. */
class FlagSettingsExitTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "FEATURE_LUA_ATOMIC, false, no non-atomic path",
            "FEATURE_COMPOSITE_SCORE, false, no other score",
            "FEATURE_STREAMS_QUEUE, sometimes, must be false, true or a percentage"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theStartStopsWithStatus2SayingWhy(String name, String value, String why) throws Exception {
        try (GatewayProcess gateway = GatewayProcess.launch(Map.of(name, value))) {
            assertThat(gateway.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(String.join("\n", gateway.output())).contains("bad setting: " + name).contains(why);
        }
    }
}
