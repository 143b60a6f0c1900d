package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as the load benchmark runs it: bootstrap's jar in a JVM of its own. In the reactor build
 * bootstrap is packaged before this module is tested, so the jar is there; on the embedded store, since
 * only the process handling is under test here.
 */
class GatewayProcessTest {

    private static final Path JAR = Path.of(LoadSettings.DEFAULTS.get("gateway.jar"));

    @TempDir
    Path logs;

    @Test
    void theJarStartsOnAPortOfItsOwnServesJoinsAndStopsWhenClosed() throws Exception {
        Path log = logs.resolve("gateway.log");
        String token = "test-admin-token";
        long pid;
        try (GatewayProcess gateway = GatewayProcess.start(JAR, List.of("-Xmx256m"), Map.of("WAITING_ROOM_ADMIN_TOKEN", token), log)) {
            pid = gateway.pid();
            new GatewayAdmin(gateway.port(), token).openEvent("show-1", 10_000);
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", gateway.port());
            try (HttpTraffic traffic = new HttpTraffic(address, new JoinRequests(address, "show-1"), 2, new AtomicLong())) {
                HttpTraffic.Result result = traffic.constantRate(50, Duration.ofSeconds(1), Duration.ofSeconds(10));

                assertThat(result.tally().answers()).isEqualTo("202=50");
            }
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("stopped by close").isEmpty();
        assertThat(Files.readString(log)).contains("waiting room serving on port");
    }

    @Test
    void aMissingJarIsNamedInsteadOfStartingNothing() {
        Path nowhere = logs.resolve("no-such.jar");

        assertThatThrownBy(() -> GatewayProcess.start(nowhere, List.of(), Map.of(), logs.resolve("gateway.log")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such.jar");
    }

    @Test
    void aGatewayThatExitsAtStartIsReportedWithWhereItsOutputIs() {
        Path log = logs.resolve("gateway.log");

        // PORT is set by GatewayProcess; a malformed setting makes the gateway exit with status 2 at start.
        assertThatThrownBy(() -> GatewayProcess.start(JAR, List.of(), Map.of("MAX_BODY_BYTES", "lots"), log))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with 2")
                .hasMessageContaining(log.toString());
    }
}
