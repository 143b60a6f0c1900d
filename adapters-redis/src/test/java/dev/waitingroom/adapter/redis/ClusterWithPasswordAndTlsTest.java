package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import io.lettuce.core.cluster.SlotHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code REDIS_CLUSTER_NODES} with {@code REDIS_PASSWORD} and {@code REDIS_TLS=true}, as managed services in cluster
 * mode run it: a real Cluster of three primaries that speak TLS only (the cluster bus too) and require a password,
 * with a certificate signed by an authority of the test's own, which the JVM is told to trust the way an operator
 * would tell it ({@code javax.net.ssl.trustStore}).
 */
class ClusterWithPasswordAndTlsTest {

    private static final String PASSWORD = "cluster-s3cret";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);
    private static final List<String> TRUST_PROPERTIES =
            List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType");

    private static Path folder;
    private static TestCertificates certificates;
    private static final List<Process> nodes = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static final List<String> trustBefore = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws IOException {
        folder = Files.createTempDirectory("redis-tls-cluster-");
        certificates = TestCertificates.makeIn(folder);
        for (int i = 0; i < 3; i++) {
            startNode();
        }
        List<String> create = new ArrayList<>(List.of("--cluster", "create"));
        ports.forEach(port -> create.add("127.0.0.1:" + port));
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        cli(ports.getFirst(), create.toArray(String[]::new));
        for (int port : ports) {
            Polling.await("node " + port + " to see the cluster ok", START_DEADLINE,
                    () -> cli(port, "CLUSTER", "INFO").contains("cluster_state:ok") ? null : "not ok yet");
        }
        for (String property : TRUST_PROPERTIES) {
            trustBefore.add(System.getProperty(property));
        }
        System.setProperty("javax.net.ssl.trustStore", certificates.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", certificates.trustStorePassword());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @AfterAll
    static void stop() throws IOException {
        for (int i = 0; i < TRUST_PROPERTIES.size(); i++) {
            if (trustBefore.size() > i && trustBefore.get(i) != null) {
                System.setProperty(TRUST_PROPERTIES.get(i), trustBefore.get(i));
            } else {
                System.clearProperty(TRUST_PROPERTIES.get(i));
            }
        }
        nodes.forEach(Process::destroyForcibly);
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void withThePasswordAndTlsEveryPrimaryServesItsEvents() {
        try (RedisConnection connection = RedisConnection.open(
                RedisTarget.Cluster.of(seeds(), Optional.of(PASSWORD), true), COMMAND_TIMEOUT, BreakerSettings.DEFAULT,
                Durability.LOCAL)) {
            for (String event : anEventInEachThirdOfTheSlots()) {
                RedisKeys keys = RedisKeys.of(EventId.parse(event).orElseThrow());
                connection.change(keys.event(), redis -> redis.hset(keys.event(), "probe", "1"));
                assertThat(connection.run(LuaScript.STATS, new String[] {keys.event(), keys.queue(), keys.stats()}))
                        .as("the stats script of %s", event).isNotNull();
            }
        }
        for (int port : ports) {
            assertThat(cli(port, "DBSIZE").strip()).as("keys on the primary on %d", port).isEqualTo("1");
        }
    }

    @Test
    void aWrongPasswordStopsTheStartWithoutQuotingAnyPassword() {
        assertThatThrownBy(() -> RedisConnection.open(RedisTarget.Cluster.of(seeds(), Optional.of("not-the-password"), true),
                COMMAND_TIMEOUT, BreakerSettings.DEFAULT, Durability.LOCAL).close())
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("with password")
                .hasMessageNotContaining("not-the-password")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void withoutTlsTheStartFailsWithinTheTimeoutInsteadOfHanging() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> RedisConnection.open(RedisTarget.Cluster.of(seeds(), Optional.of(PASSWORD), false),
                COMMAND_TIMEOUT, BreakerSettings.DEFAULT, Durability.LOCAL).close())
                .isInstanceOf(StoreUnavailableException.class);
        // each seed may be tried in turn, each within the timeout
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(COMMAND_TIMEOUT.multipliedBy(ports.size() + 1));
    }

    /**
     * The certificate is checked, not only its authority: a node reached by a name the certificate does not carry
     * ("localhost"; it names 127.0.0.1) is refused, as one in the middle would be.
     */
    @Test
    void aNodeWhoseCertificateNamesAnotherHostIsRefused() {
        String byName = String.join(",", ports.stream().map(port -> "localhost:" + port).toList());
        assertThatThrownBy(() -> RedisConnection.open(RedisTarget.Cluster.of(byName, Optional.of(PASSWORD), true),
                COMMAND_TIMEOUT, BreakerSettings.DEFAULT, Durability.LOCAL).close())
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(refused -> assertThat(causesOf(refused)).as("why the nodes were refused")
                        .contains("No name matching localhost"));
    }

    private static String causesOf(Throwable thrown) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            causes.append(cause.getMessage()).append('\n');
        }
        return causes.toString();
    }

    private static String seeds() {
        return String.join(",", ports.stream().map(port -> "127.0.0.1:" + port).toList());
    }

    /** redis-cli gives primaries the slots in thirds, in the order of the nodes given to it. */
    private static List<String> anEventInEachThirdOfTheSlots() {
        return IntStream.range(0, 3).mapToObj(third -> IntStream.range(0, 1000).mapToObj(i -> "tls-" + i)
                .filter(event -> SlotHash.getSlot("wr:{" + event + "}:event") * 3 / SlotHash.SLOT_COUNT == third)
                .findFirst().orElseThrow()).toList();
    }

    private static void startNode() throws IOException {
        int port = RedisServerProcess.freeLoopbackPort();
        int bus = RedisServerProcess.freeLoopbackPort();
        Path directory = Files.createDirectories(folder.resolve("node-" + port));
        List<String> command = List.of(RedisServerProcess.findRedisServer().toString(),
                "--bind", "127.0.0.1", "--port", "0", "--tls-port", Integer.toString(port), "--dir", directory.toString(),
                "--tls-cert-file", certificates.serverCertificate().toString(),
                "--tls-key-file", certificates.serverKey().toString(),
                "--tls-ca-cert-file", certificates.authority().toString(),
                "--tls-auth-clients", "no", "--tls-cluster", "yes", "--tls-replication", "yes",
                "--requirepass", PASSWORD, "--masterauth", PASSWORD,
                "--cluster-enabled", "yes", "--cluster-port", Integer.toString(bus),
                "--cluster-config-file", directory.resolve("nodes.conf").toString(), "--cluster-node-timeout", "1000",
                "--save", "", "--appendonly", "no", "--daemonize", "no");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("redis.log").toFile()).start();
        nodes.add(process);
        ports.add(port);
        Polling.await("redis-server with TLS on " + port, START_DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on " + port + " exited: " + read(directory.resolve("redis.log")));
            }
            return cli(port, "PING").strip().equals("PONG") ? null : "no PONG yet";
        });
    }

    /** redis-cli over TLS with the password; its output, whatever the exit status. */
    private static String cli(int port, String... arguments) {
        List<String> command = new ArrayList<>(List.of(RedisClusterFixture.redisCli().toString(), "--tls", "--cacert", certificates.authority().toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(port), "--no-auth-warning", "-a", PASSWORD));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("redis-cli " + String.join(" ", arguments) + " did not finish");
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
