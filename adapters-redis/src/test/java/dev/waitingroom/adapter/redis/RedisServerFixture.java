package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Redis server for tests, never the shared instance on the default port. In order of preference:
 * the server named by {@code REDIS_URL}; a {@code redis:7-alpine} container when a Docker engine
 * answers; a {@code redis-server} process of our own on a free loopback port.
 */
public final class RedisServerFixture implements AutoCloseable {

    private static final int DEFAULT_REDIS_PORT = 6379;
    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;

    private final String url;
    private final Runnable stopper;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisServerFixture(String url, Runnable stopper) {
        this.url = url;
        this.stopper = stopper;
    }

    public static RedisServerFixture start() {
        String configured = System.getenv("REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return new RedisServerFixture(configured, () -> { });
        }
        if (DockerProbe.engineAnswers()) {
            RedisContainer container = RedisContainer.start();
            return new RedisServerFixture(container.url(), container::stop);
        }
        return startProcess(null);
    }

    /** A local redis-server that requires {@code password}; the URL carries it. */
    public static RedisServerFixture startWithPassword(String password) {
        return startProcess(password);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stopper.run();
        }
    }

    // ---- a redis-server process of our own ------------------------------------------------------

    private static RedisServerFixture startProcess(String password) {
        Path executable = findRedisServer();
        IOException lastFailure = null;
        // A free port can be taken by someone else between finding it and binding it: try a few.
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freeLoopbackPort();
            try {
                Process process = launch(executable, port, password);
                Thread hook = new Thread(process::destroyForcibly, "redis-server-" + port + "-stopper");
                Runtime.getRuntime().addShutdownHook(hook);
                String auth = password == null ? "" : ":" + password + "@";
                return new RedisServerFixture("redis://" + auth + "127.0.0.1:" + port, () -> stop(process, hook));
            } catch (IOException e) {
                lastFailure = e;
            }
        }
        throw new IllegalStateException("could not start redis-server: " + lastFailure.getMessage(), lastFailure);
    }

    private static Process launch(Path executable, int port, String password) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--bind", "127.0.0.1", "--port", Integer.toString(port),
                "--save", "", "--appendonly", "no", "--daemonize", "no"));
        if (password != null) {
            command.add("--requirepass");
            command.add(password);
        }
        Path log = Files.createTempFile("redis-server-" + port + "-", ".log");
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server on port " + port + " exited: " + Files.readString(log).strip());
            }
            if (answersPing(port)) {
                return process;
            }
            sleep(20);
        }
        process.destroyForcibly();
        throw new IOException("redis-server on port " + port + " did not answer PING within " + STARTUP_TIMEOUT_MILLIS + " ms");
    }

    private static void stop(Process process, Thread hook) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it kills what is already dead
        }
    }

    /** Any answer to PING means the server is up; a password-protected one answers -NOAUTH. */
    private static boolean answersPing(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            int first = in.read();
            return first == '+' || first == '-';
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freeLoopbackPort() {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port != DEFAULT_REDIS_PORT) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free loopback port", e);
            }
        }
        throw new IllegalStateException("no free loopback port other than " + DEFAULT_REDIS_PORT);
    }

    private static Path findRedisServer() {
        List<Path> candidates = new ArrayList<>();
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "redis-server"));
            }
        }
        candidates.add(Path.of("/usr/bin/redis-server"));
        candidates.add(Path.of("/usr/local/bin/redis-server"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no redis-server found on PATH, in /usr/bin or in /usr/local/bin, and no Docker engine answers."
                        + " Install redis-server (e.g. apt-get install redis-server) or set REDIS_URL to a disposable Redis."));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}
