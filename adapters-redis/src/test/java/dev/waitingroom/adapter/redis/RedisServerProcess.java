package dev.waitingroom.adapter.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code redis-server} process of a test's own, on a free loopback port (never the shared one on
 * 6379), that the test can kill, freeze, thaw and start again on the same port and data directory.
 */
public final class RedisServerProcess implements AutoCloseable {

    private static final int DEFAULT_REDIS_PORT = 6379;
    private static final long STARTUP_TIMEOUT_MILLIS = 10_000;

    /**
     * How the server keeps its data, and what part it plays in a replicated set-up.
     *
     * @param password         required by the server when not null
     * @param everyWriteOnDisk {@code appendonly yes} with {@code appendfsync always}: what survives a SIGKILL
     * @param clusterNode      a cluster node keeping its {@code nodes.conf} in its own directory, so that a
     *                         restart on the same port and directory rejoins with the same node id
     * @param replicaOf        the port of the primary on loopback this one replicates, or 0 for none
     */
    public record Options(String password, boolean everyWriteOnDisk, boolean clusterNode, int replicaOf) {

        public static final Options IN_MEMORY = new Options(null, false);

        public Options(String password, boolean everyWriteOnDisk) {
            this(password, everyWriteOnDisk, false, 0);
        }

        public static Options withPassword(String password) {
            return new Options(password, false);
        }

        public static Options durable() {
            return new Options(null, true);
        }

        /** A node of a Redis Cluster, with nothing on disk but its {@code nodes.conf}. */
        public static Options cluster() {
            return new Options(null, false, true, 0);
        }

        /** A replica of the server on {@code primaryPort}, as in a Sentinel set-up. */
        public static Options replicaOf(int primaryPort) {
            return new Options(null, false, false, primaryPort);
        }
    }

    private final Path executable;
    private final Options options;
    private final int port;
    private final Path directory;
    private final Thread hook;
    private volatile Process process;

    private RedisServerProcess(Path executable, Options options, int port, Path directory, Process process) {
        this.executable = executable;
        this.options = options;
        this.port = port;
        this.directory = directory;
        this.process = process;
        this.hook = new Thread(() -> this.process.destroyForcibly(), "redis-server-" + port + "-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static RedisServerProcess start(Options options) {
        Path executable = findRedisServer();
        IOException lastFailure = null;
        // A free port can be taken by someone else between finding it and binding it: try a few.
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freeLoopbackPort();
            Path directory = null;
            try {
                directory = Files.createTempDirectory("redis-" + port + "-");
                return new RedisServerProcess(executable, options, port, directory, launch(executable, options, port, directory));
            } catch (IOException e) {
                lastFailure = e;
                deleteQuietly(directory);
            }
        }
        throw new IllegalStateException("could not start redis-server: " + lastFailure.getMessage(), lastFailure);
    }

    public String url() {
        String auth = options.password() == null ? "" : ":" + options.password() + "@";
        return "redis://" + auth + "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the server dies at once, keeping only what it had written to disk. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGSTOP: the server keeps its connections open but answers nothing until {@link #resume()}. */
    public void pause() {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("-CONT");
    }

    /** Starts the server again on the same port and data directory, after {@link #kill()}. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " is still running");
        }
        try {
            process = launch(executable, options, port, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restart redis-server on port " + port, e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        awaitExit();
        deleteQuietly(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it kills what is already dead
        }
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling redis-server", e);
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server to exit", e);
        }
    }

    private static Process launch(Path executable, Options options, int port, Path directory) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--bind", "127.0.0.1", "--port", Integer.toString(port), "--dir", directory.toString(),
                "--save", "", "--daemonize", "no",
                // a replica (also a killed primary restarted as one) syncs at once, not after the default 5 s
                "--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0"));
        if (options.everyWriteOnDisk()) {
            command.addAll(List.of("--appendonly", "yes", "--appendfsync", "always"));
        } else {
            command.addAll(List.of("--appendonly", "no"));
        }
        if (options.password() != null) {
            command.add("--requirepass");
            command.add(options.password());
        }
        if (options.clusterNode()) {
            // full coverage off, as the README advises: a dead primary's slots are refused, not every slot
            command.addAll(List.of("--cluster-enabled", "yes",
                    "--cluster-config-file", directory.resolve("nodes.conf").toString(), "--cluster-node-timeout", "1000",
                    "--cluster-require-full-coverage", "no"));
        }
        if (options.replicaOf() != 0) {
            command.addAll(List.of("--replicaof", "127.0.0.1", Integer.toString(options.replicaOf())));
        }
        return launchAndAwaitPing(command, port, directory.resolve("redis.log"));
    }

    /** Starts {@code command} (a redis-server in some mode) and returns once it answers on {@code port}. */
    static Process launchAndAwaitPing(List<String> command, int port, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
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

    static int freeLoopbackPort() {
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

    static Path findRedisServer() {
        List<Path> candidates = new ArrayList<>();
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String directory : path.split(File.pathSeparator)) {
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

    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}
