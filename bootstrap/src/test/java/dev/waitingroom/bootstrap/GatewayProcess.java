package dev.waitingroom.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A gateway in a JVM of its own, started from the test class path as {@code java -jar} would start it,
 * so that its timing is not muddled by the test's own threads. Its output is kept for the test to read.
 */
final class GatewayProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread.ofPlatform().daemon().name("gateway-" + port + "-output").start(this::keepOutput);
    }

    /**
     * Starts a gateway on a free loopback port with {@code environment} on top of the test's own (but never
     * the test's own {@code REDIS_URL}), and returns once it listens.
     */
    static GatewayProcess start(Map<String, String> environment) {
        GatewayProcess gateway = launch(javaCommand(), environment);
        gateway.awaitListening();
        return gateway;
    }

    /** As {@link #start}, in a process that may hold at most {@code fileLimit} open files ({@code ulimit -n}). */
    static GatewayProcess startUnderFileLimit(Map<String, String> environment, int fileLimit) {
        String command = javaCommand().stream().map(word -> "'" + word + "'").collect(Collectors.joining(" "));
        GatewayProcess gateway = launch(List.of("bash", "-c", "ulimit -n " + fileLimit + " && exec " + command), environment);
        gateway.awaitListening();
        return gateway;
    }

    /** Starts a gateway that is expected to stop by itself (a bad setting, say); see {@link #awaitExit}. */
    static GatewayProcess launch(Map<String, String> environment) {
        return launch(javaCommand(), environment);
    }

    private static GatewayProcess launch(List<String> command, Map<String, String> environment) {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("REDIS_URL");
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("HOST", "127.0.0.1");
        try {
            return new GatewayProcess(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the gateway", e);
        }
    }

    private static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WaitingRoomApplication.class.getName());
    }

    /** The exit status, once the process has ended by itself within {@code limit}. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the gateway did not exit within " + limit + ":\n" + String.join("\n", output));
        }
        return process.exitValue();
    }

    int port() {
        return port;
    }

    /** Whether the gateway has printed a line containing {@code text}. */
    boolean printed(String text) {
        return output.stream().anyMatch(line -> line.contains(text));
    }

    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        close();
        throw new IllegalStateException("the gateway did not listen within " + STARTUP + ":\n" + String.join("\n", output));
    }

    private void keepOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
