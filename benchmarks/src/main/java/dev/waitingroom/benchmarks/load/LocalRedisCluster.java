package dev.waitingroom.benchmarks.load;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh Redis Cluster of our own: 3 primaries and a replica of each, six {@link LocalRedisServer}s on free
 * loopback ports joined by {@code redis-cli --cluster create}, stopped and deleted on close. Ready means every
 * node says {@code cluster_state:ok} and every replica's link to its primary is up.
 */
final class LocalRedisCluster implements AutoCloseable {

    static final int PRIMARIES = 3;
    private static final int NODES = 2 * PRIMARIES;
    /** A short node timeout, so a node that is slow to join is not waited for long; no delay before a full sync. */
    private static final List<String> CLUSTER_OPTIONS = List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", "1000", "--repl-diskless-sync-delay", "0");
    private static final Duration CREATE_LIMIT = Duration.ofSeconds(60);
    private static final Duration READY_LIMIT = Duration.ofSeconds(60);

    private final List<LocalRedisServer> servers;
    private ClusterNodes layout;

    private LocalRedisCluster(List<LocalRedisServer> servers) {
        this.servers = servers;
    }

    /** @param options further redis-server options for every node */
    static LocalRedisCluster start(String redisServer, String redisCli, List<String> options) throws IOException, InterruptedException {
        LocalRedisCluster cluster = new LocalRedisCluster(new ArrayList<>());
        try {
            List<String> nodeOptions = Stream.concat(CLUSTER_OPTIONS.stream(), options.stream()).toList();
            for (int n = 0; n < NODES; n++) {
                cluster.servers.add(LocalRedisServer.start(redisServer, nodeOptions));
            }
            cluster.create(redisCli);
            cluster.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Who is primary, of which slots, and whose replica each other node is, once ready. */
    ClusterNodes layout() {
        return layout;
    }

    LocalRedisServer server(int port) {
        return servers.stream().filter(server -> server.port() == port).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node of this cluster on port " + port));
    }

    /** {@code 127.0.0.1:p1,127.0.0.1:p2,...}: every node, as REDIS_CLUSTER_NODES takes them. */
    String nodeList() {
        return String.join(",", servers.stream().map(server -> server.host() + ":" + server.port()).toList());
    }

    private void create(String redisCli) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(redisCli, "--cluster", "create"));
        servers.forEach(server -> command.add(server.host() + ":" + server.port()));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes(); // ends when redis-cli does
        if (!process.waitFor(CREATE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException("redis-cli --cluster create did not finish within " + CREATE_LIMIT);
        }
        if (process.exitValue() != 0) {
            throw new IOException("redis-cli --cluster create failed (" + process.exitValue() + "):\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    /** Polls every node until all agree the cluster is whole and every replica has synced, or the deadline. */
    private void awaitReady() throws IOException, InterruptedException {
        RedisClient client = RedisClient.create();
        List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
        try {
            for (LocalRedisServer server : servers) {
                connections.add(client.connect(RedisURI.create(server.url())));
            }
            long deadline = System.nanoTime() + READY_LIMIT.toNanos();
            String notYet = "not asked yet";
            while (System.nanoTime() < deadline) {
                notYet = whatIsMissing(connections);
                if (notYet.isEmpty()) {
                    layout = ClusterNodes.parse(connections.getFirst().sync().clusterNodes());
                    return;
                }
                Thread.sleep(100);
            }
            throw new IOException("the cluster was not ready within " + READY_LIMIT + ": " + notYet);
        } finally {
            connections.forEach(StatefulRedisConnection::close);
            client.shutdown();
        }
    }

    /** Empty once ready; else what is still missing. */
    private String whatIsMissing(List<StatefulRedisConnection<String, String>> connections) {
        for (StatefulRedisConnection<String, String> connection : connections) {
            if (!connection.sync().clusterInfo().contains("cluster_state:ok")) {
                return "a node without cluster_state:ok";
            }
        }
        ClusterNodes seen = ClusterNodes.parse(connections.getFirst().sync().clusterNodes());
        if (seen.primaries().size() != PRIMARIES || seen.replicas().size() != PRIMARIES) {
            return "a node sees " + seen.primaries().size() + " primaries and " + seen.replicas().size() + " replicas";
        }
        for (int r = 0; r < PRIMARIES; r++) {
            int port = seen.replicas().get(r).port();
            String replication = connections.get(servers.indexOf(server(port))).sync().info("replication");
            if (!replication.contains("master_link_status:up")) {
                return "the replica on port " + port + " has no link up to its primary";
            }
        }
        return "";
    }

    @Override
    public void close() throws InterruptedException {
        for (LocalRedisServer server : servers) {
            server.close();
        }
    }
}
