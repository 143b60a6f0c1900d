package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway under load, as an operator runs it: the bootstrap jar in a JVM of its own, configured by
 * environment, listening on 127.0.0.1 only. Its own process keeps its garbage collector, JIT and threads
 * apart from the load generator's, so what is measured is the gateway.
 */
final class GatewayProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param jvmOptions options for the gateway's JVM, e.g. heap and collector
     * @param environment the gateway's settings (REDIS_URL, ...); HOST and PORT are set here
     * @param log where the gateway's output goes
     */
    static GatewayProcess start(Path jar, List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no gateway jar at " + jar.toAbsolutePath() + ": build it with ./mvnw package -pl bootstrap -am");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java")); // the JDK running this benchmark
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().put("PORT", Integer.toString(port));
        GatewayProcess gateway = new GatewayProcess(builder.start(), port, log);
        try {
            gateway.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            gateway.close();
            throw e;
        }
        return gateway;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(2)).build();
        long giveUp = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IOException("the gateway exited with " + process.exitValue() + "; its output is in " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IOException("the gateway was not ready within " + START_LIMIT.toSeconds() + " s; its output is in " + log);
    }

    /** Stops it as an operator would (SIGTERM, graceful), and for good if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
