package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh, empty redis-server of our own on a free loopback port, without persistence, stopped on close.
 * Never the shared instance on the default port.
 */
final class LocalRedisServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int SHARED_DEFAULT_PORT = 6379;

    private final Process process;
    private final int port;
    private final Path directory;

    private LocalRedisServer(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    static LocalRedisServer start(String executable) throws IOException, InterruptedException {
        return start(executable, List.of());
    }

    /** @param options further redis-server options, e.g. {@code --stream-node-max-bytes 512} */
    static LocalRedisServer start(String executable, List<String> options) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        Path directory = Files.createTempDirectory("waiting-room-bench-redis");
        List<String> command = new ArrayList<>(List.of(executable,
                "--bind", LOOPBACK, "--port", Integer.toString(port), "--protected-mode", "yes",
                "--save", "", "--appendonly", "no", "--dir", directory.toString(), "--loglevel", "warning"));
        command.addAll(options);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("redis.log").toFile())
                .start();
        LocalRedisServer server = new LocalRedisServer(process, port, directory);
        try {
            server.awaitAccepting(Duration.ofSeconds(10));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    String host() {
        return LOOPBACK;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return "redis://" + LOOPBACK + ":" + port;
    }

    private void awaitAccepting(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited with " + process.exitValue() + "; see " + directory.resolve("redis.log"));
            }
            try (Socket ignored = new Socket(LOOPBACK, port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IOException("redis-server did not accept connections on " + port + " within " + limit);
    }

    private static int freeLoopbackPort() throws IOException {
        // Asking for port 0 twice in a row never hands out 6379 twice, but be explicit about it.
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                if (socket.getLocalPort() != SHARED_DEFAULT_PORT) {
                    return socket.getLocalPort();
                }
            }
        }
        throw new IOException("no free loopback port");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        // Besides the log, a cluster node leaves its nodes.conf and a replica the RDB its primary sent.
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException leftBehind) {
            System.err.println("could not remove " + directory + ": " + leftBehind.getMessage());
        }
    }
}
