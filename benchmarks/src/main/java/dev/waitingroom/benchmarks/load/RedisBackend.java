package dev.waitingroom.benchmarks.load;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where the gateways of a run keep their state: one fresh redis-server, or a fresh Cluster of 3 primaries and
 * 3 replicas. Either way the benchmark holds a plain connection to every node of its own, to read its INFO and
 * to reach an event's keys on the primary that owns them (all keys of an event share its hash tag).
 */
final class RedisBackend implements AutoCloseable {

    /** @param name how the report names this redis-server process, e.g. {@code redis primary 2} */
    record Node(String name, int port, long pid, StatefulRedisConnection<String, String> connection) {
        RedisCommands<String, String> sync() {
            return connection.sync();
        }

        boolean isReplica() {
            return name.contains("replica");
        }
    }

    private final String description;
    private final Stop servers;
    private final RedisClient client = RedisClient.create();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, String> gatewayEnvironment;
    private final ClusterNodes layout;

    /** How the servers stop; both kinds throw nothing else. */
    private interface Stop {
        void stop() throws InterruptedException;
    }

    private RedisBackend(String description, Stop servers, Map<String, String> gatewayEnvironment, ClusterNodes layout) {
        this.description = description;
        this.servers = servers;
        this.gatewayEnvironment = gatewayEnvironment;
        this.layout = layout;
    }

    static RedisBackend single(String redisServer, List<String> options) throws IOException, InterruptedException {
        LocalRedisServer server = LocalRedisServer.start(redisServer, options);
        RedisBackend backend = new RedisBackend("one redis-server " + server.url(), server::close, Map.of("REDIS_URL", server.url()), null);
        try {
            backend.add("redis-server", server);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }

    static RedisBackend cluster(String redisServer, String redisCli, List<String> options) throws IOException, InterruptedException {
        LocalRedisCluster cluster = LocalRedisCluster.start(redisServer, redisCli, options);
        ClusterNodes layout = cluster.layout();
        RedisBackend backend = new RedisBackend("a Cluster of " + LocalRedisCluster.PRIMARIES + " primaries and a replica each",
                cluster::close, Map.of("REDIS_CLUSTER_NODES", cluster.nodeList()), layout);
        try {
            for (int p = 0; p < layout.primaries().size(); p++) {
                backend.add("redis primary " + (p + 1), cluster.server(layout.primaries().get(p).port()));
            }
            for (ClusterNodes.Replica replica : layout.replicas().stream()
                    .sorted(Comparator.comparingInt(layout::primaryIndexOf)).toList()) {
                backend.add("redis replica " + (layout.primaryIndexOf(replica) + 1), cluster.server(replica.port()));
            }
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }

    private void add(String name, LocalRedisServer server) {
        nodes.add(new Node(name, server.port(), server.pid(), client.connect(RedisURI.create(server.url()))));
    }

    String description() {
        return description;
    }

    /** REDIS_URL or REDIS_CLUSTER_NODES. */
    Map<String, String> gatewayEnvironment() {
        return gatewayEnvironment;
    }

    /** The primaries first, in slot order, then replica n of primary n. */
    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    List<Node> primaries() {
        return nodes.stream().filter(node -> !node.isReplica()).toList();
    }

    /** The primary that holds the event's keys: asked of the Cluster itself ({@code CLUSTER KEYSLOT}). */
    Node owner(String eventId) {
        if (layout == null) {
            return nodes.getFirst();
        }
        int slot = nodes.getFirst().sync().clusterKeyslot(JoinScript.queueKey(eventId)).intValue();
        int port = layout.ownerOf(slot).orElseThrow(() -> new IllegalStateException("no primary serves slot " + slot)).port();
        return nodes.stream().filter(node -> node.port() == port).findFirst().orElseThrow();
    }

    /** e.g. {@code redis primary 1 127.0.0.1:40001 pid 123, slots 0-5460}. */
    String describe(Node node) {
        String slots = "";
        if (layout != null && !node.isReplica()) {
            slots = layout.primaries().stream().filter(primary -> primary.port() == node.port()).findFirst()
                    .map(primary -> ", slots " + String.join(" ", primary.slotRanges().stream().map(range -> range[0] + "-" + range[1]).toList()))
                    .orElse("");
        }
        return node.name() + " 127.0.0.1:" + node.port() + " pid " + node.pid() + slots;
    }

    @Override
    public void close() throws InterruptedException {
        nodes.forEach(node -> node.connection().close());
        client.shutdown();
        servers.stop();
    }
}
