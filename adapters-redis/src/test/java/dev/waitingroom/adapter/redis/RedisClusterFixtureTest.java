package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.redis.RedisClusterFixture.Node;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Redis Cluster fixture: three primaries with a replica each, and a primary's loss survived. */
class RedisClusterFixtureTest {

    @Test
    void aStartedClusterCoversEverySlotAndALostPrimaryIsReplacedThenRejoinsAsAReplica() {
        long began = System.nanoTime();
        try (RedisClusterFixture cluster = RedisClusterFixture.start()) {
            System.out.printf("Redis Cluster started in %d ms%n", millisSince(began));

            assertThat(cluster.nodes()).hasSize(6);
            assertThat(cluster.seeds().split(",")).hasSize(6).allMatch(seed -> seed.startsWith("127.0.0.1:"));
            List<Node> primaries = cluster.primaries();
            assertThat(primaries).hasSize(3);
            for (Node primary : primaries) {
                assertThat(cluster.ask(primary, "INFO", "replication")).contains("role:master", "connected_slaves:1");
            }
            String info = cluster.ask(cluster.nodes().get(0), "CLUSTER", "INFO");
            assertThat(info).contains("cluster_state:ok", "cluster_slots_assigned:16384", "cluster_slots_ok:16384",
                    "cluster_known_nodes:6", "cluster_size:3");

            String key = "fixture:{event}:place";
            Node owner = cluster.primaryOf(key);
            // WAIT on the writing connection: it counts the replicas that have that connection's writes
            assertThat(RespClient.askInOrder(owner.port(), List.of("SET", key, "42"), List.of("WAIT", "1", "2000")))
                    .as("the write, and the replicas that have it").containsExactly("OK", "1");
            assertThat(cluster.ask(owner, "GET", key)).isEqualTo("42");
            Node other = primaries.stream().filter(primary -> !primary.equals(owner)).findFirst().orElseThrow();
            assertThatThrownBy(() -> cluster.ask(other, "GET", key)).hasMessageStartingWith("MOVED");

            long killedAt = System.nanoTime();
            cluster.kill(owner);
            cluster.awaitFailoverOf(owner, Duration.ofSeconds(10));
            System.out.printf("Redis Cluster failover took %d ms%n", millisSince(killedAt));
            Node successor = cluster.primaryOf(key);
            assertThat(successor).isNotEqualTo(owner);
            assertThat(cluster.ask(successor, "GET", key)).isEqualTo("42");

            long restartedAt = System.nanoTime();
            cluster.restart(owner);
            cluster.awaitHealthy(Duration.ofSeconds(10));
            System.out.printf("Redis Cluster healthy %d ms after the restart%n", millisSince(restartedAt));
            assertThat(cluster.ask(owner, "INFO", "replication"))
                    .contains("role:slave", "master_port:" + successor.port(), "master_link_status:up");
            assertThat(cluster.primaries()).hasSize(3).doesNotContain(owner).contains(successor);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
