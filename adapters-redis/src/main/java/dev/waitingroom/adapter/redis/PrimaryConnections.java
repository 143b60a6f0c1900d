package dev.waitingroom.adapter.redis;

import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.event.ClusterTopologyChangedEvent;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;

/**
 * Keeps a connection open to every primary of a Cluster. Lettuce opens a node's connection on the first command for
 * it, and a client that rejects commands while disconnected (ours, so that a dead node fails fast) also rejects the
 * commands that arrive while that connection is still being made: at start, and for a newly promoted primary after a
 * failover. So the connections are made at start, and again whenever the topology changes, before they are needed.
 */
final class PrimaryConnections implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PrimaryConnections.class.getName());

    private final StatefulRedisClusterConnection<String, String> cluster;
    private final Disposable onTopologyChange;

    private PrimaryConnections(StatefulRedisClusterConnection<String, String> cluster, ClientResources resources) {
        this.cluster = cluster;
        this.onTopologyChange = resources.eventBus().get()
                .filter(ClusterTopologyChangedEvent.class::isInstance)
                .subscribe(change -> openToEveryPrimary());
    }

    /** Opens the connections now, waiting up to {@code wait} for them, and again on every topology change. */
    static PrimaryConnections keepOpen(StatefulRedisClusterConnection<String, String> cluster, ClientResources resources,
                                       Duration wait) {
        PrimaryConnections primaries = new PrimaryConnections(cluster, resources);
        try {
            CompletableFuture.allOf(primaries.openToEveryPrimary().toArray(CompletableFuture[]::new))
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // a primary that cannot be reached now fails its own commands fast; the others are ready
            LOG.log(System.Logger.Level.WARNING, "not every Redis Cluster primary could be reached at start: " + e);
        }
        return primaries;
    }

    private List<CompletableFuture<?>> openToEveryPrimary() {
        return cluster.getPartitions().stream()
                .filter(node -> node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.hasNoSlots())
                .<CompletableFuture<?>>map(node -> cluster.getConnectionAsync(node.getUri().getHost(), node.getUri().getPort()))
                .toList();
    }

    @Override
    public void close() {
        onTopologyChange.dispose();
    }
}
