package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The gateway as its own process, started the way an operator starts it, under operating-system limits. */
class GatewayProcessLimitsTest {

    /** Low enough that a few hundred idle connections exhaust it, high enough for the JVM to start. */
    private static final int FILE_LIMIT = 200;
    private static final int IDLE_CONNECTIONS = 300;

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void runningOutOfOpenFilesNeverStopsTheListener() throws Exception {
        // idle connections stay open for the whole test instead of being timed out
        try (GatewayProcess gateway = GatewayProcess.startUnderFileLimit(Map.of("REQUEST_READ_TIMEOUT_MS", "120000"), FILE_LIMIT)) {
            int port = gateway.port();
            assertThat(answersHealthWithin(port, Duration.ofSeconds(30))).as("started: %s", gateway.output()).isTrue();

            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                    try {
                        idle.add(connect(port));
                    } catch (IOException refused) {
                        break; // the listener is gone: saturated in the worst way, which the end of the test shows
                    }
                }
                assertThat(answersHealth(port, Duration.ofSeconds(2)))
                        .as("saturated: " + IDLE_CONNECTIONS + " idle connections are more than " + FILE_LIMIT + " files")
                        .isFalse();
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }

            assertThat(answersHealthWithin(port, Duration.ofSeconds(20)))
                    .as("serves again once the idle connections are gone: %s", gateway.output()).isTrue();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anOutOfRangeConnectionLimitStopsTheStartWithStatus2() throws Exception {
        try (GatewayProcess gateway = GatewayProcess.launch(Map.of("MAX_CONNECTIONS", "0"))) {
            assertThat(gateway.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(String.join("\n", gateway.output())).contains("MAX_CONNECTIONS");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aMalformedSigningKeyStopsTheStartWithStatus2WithoutPrintingIt() throws Exception {
        String key = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAmEp1gufM0kI/OIIbxLTMOUf0hyQ4vxUJTzAfnL2zyigKEOPn\\n-----END RSA PRIVATE KEY-----";
        try (GatewayProcess gateway = GatewayProcess.launch(Map.of("WAITING_ROOM_SIGNING_KEY", key))) {
            assertThat(gateway.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            String output = String.join("\n", gateway.output());
            assertThat(output).contains("WAITING_ROOM_SIGNING_KEY is not usable", "RSA").doesNotContain("MIIEowIBAAKCAQEA");
        }
    }

    private static boolean answersHealthWithin(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (answersHealth(port, Duration.ofSeconds(1))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Whether GET /healthz on a new connection is answered 200 within the time. */
    private static boolean answersHealth(int port, Duration limit) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) limit.toMillis());
            socket.setSoTimeout((int) limit.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
        } catch (SocketTimeoutException noAnswer) {
            return false;
        } catch (IOException refusedOrReset) {
            return false;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }
}
