package dev.waitingroom.failover;

import dev.waitingroom.adapter.redis.RedisClusterFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Six nodes: three primaries with a replica each. An event lives on the primary of its hash tag's slot. */
final class ClusterStore implements FailingStore {

    private final RedisClusterFixture cluster = RedisClusterFixture.start();
    private RedisClusterFixture.Node killed;

    @Override
    public Map<String, String> gatewaySettings() {
        return Map.of("REDIS_CLUSTER_NODES", cluster.seeds());
    }

    /** Events whose primary differs from the busy one's, so that the kill leaves them on a node that stays up. */
    @Override
    public List<String> quietEvents(String busy, int count) {
        RedisClusterFixture.Node busyPrimary = primaryOf(busy);
        List<String> quiet = new ArrayList<>();
        for (int i = 0; quiet.size() < count && i < 100; i++) {
            String candidate = "quiet-" + i;
            if (!primaryOf(candidate).equals(busyPrimary)) {
                quiet.add(candidate);
            }
        }
        return quiet;
    }

    @Override
    public String killPrimaryOf(String event) {
        killed = primaryOf(event);
        cluster.kill(killed);
        return "cluster primary on port " + killed.port();
    }

    @Override
    public void awaitFailover(Duration deadline) {
        cluster.awaitFailoverOf(killed, deadline);
    }

    @Override
    public void restartKilled() {
        cluster.restart(killed);
    }

    @Override
    public void awaitHealthy(Duration deadline) {
        cluster.awaitHealthy(deadline);
    }

    @Override
    public void close() {
        cluster.close();
    }

    private RedisClusterFixture.Node primaryOf(String event) {
        return cluster.primaryOf("wr:{" + event + "}:event");
    }

    @Override
    public String toString() {
        return "Redis Cluster";
    }
}
