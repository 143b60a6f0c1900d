package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis Sentinel ({@code redis-server <config> --sentinel}) on a free loopback port, watching one primary
 * quickly: down after 1 s, a failover allowed every 5 s.
 */
final class RedisSentinelProcess implements AutoCloseable {

    private final int port;
    private final Path directory;
    private final Process process;
    private final Thread hook;

    private RedisSentinelProcess(int port, Path directory, Process process) {
        this.port = port;
        this.directory = directory;
        this.process = process;
        this.hook = new Thread(process::destroyForcibly, "redis-sentinel-" + port + "-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static RedisSentinelProcess start(String masterName, int primaryPort, int quorum) {
        Path executable = RedisServerProcess.findRedisServer();
        IOException lastFailure = null;
        // A free port can be taken by someone else between finding it and binding it: try a few.
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = RedisServerProcess.freeLoopbackPort();
            Path directory = null;
            try {
                directory = Files.createTempDirectory("redis-sentinel-" + port + "-");
                // in a file of its own: a sentinel rewrites its configuration as it learns the set-up
                Path config = Files.writeString(directory.resolve("sentinel.conf"), String.join("\n",
                        "port " + port,
                        "bind 127.0.0.1",
                        "dir " + directory,
                        // what it tells the other sentinels and clients: loopback, as the servers are there
                        "sentinel announce-ip 127.0.0.1",
                        "sentinel resolve-hostnames no",
                        "sentinel monitor " + masterName + " 127.0.0.1 " + primaryPort + " " + quorum,
                        "sentinel down-after-milliseconds " + masterName + " 1000",
                        "sentinel failover-timeout " + masterName + " 5000",
                        "sentinel parallel-syncs " + masterName + " 1",
                        ""));
                Process process = RedisServerProcess.launchAndAwaitPing(
                        List.of(executable.toString(), config.toString(), "--sentinel"), port, directory.resolve("sentinel.log"));
                RedisSentinelProcess sentinel = new RedisSentinelProcess(port, directory, process);
                try {
                    sentinel.quicken();
                } catch (RuntimeException e) {
                    sentinel.close();
                    throw e;
                }
                return sentinel;
            } catch (IOException e) {
                lastFailure = e;
                RedisServerProcess.deleteQuietly(directory);
            }
        }
        throw new IllegalStateException("could not start redis-sentinel: " + lastFailure.getMessage(), lastFailure);
    }

    /**
     * Shorter periods than the defaults (SENTINEL DEBUG, which no configuration file takes). With the 1 s
     * ping period a sentinel first pings a just-promoted primary about 1 s after switching to it, so with
     * down-after 1 s it could flag it down at once and, counting the others' is-master-down replies from
     * the first failover as still fresh, fail over again to the killed primary restarted empty. Not below
     * 400 ms: while the primary is down a replica's INFO, asked every second, only counts for a failover
     * for 5 ping periods. Shorter info and hello periods cut the ~12 s a sentinel waits before making a
     * restarted old primary a replica, and the 2 s it takes the sentinels to find each other.
     */
    private void quicken() {
        RespClient.ask(port, "SENTINEL", "DEBUG", "ping-period", "400", "ask-period", "200",
                "info-period", "500", "publish-period", "500");
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-sentinel on port " + port + " did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-sentinel to exit", e);
        }
        RedisServerProcess.deleteQuietly(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it kills what is already dead
        }
    }
}
