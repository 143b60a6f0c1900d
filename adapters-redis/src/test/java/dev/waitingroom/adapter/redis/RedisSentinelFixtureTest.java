package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Sentinel fixture: a primary lost, its replica promoted, the old primary back as a replica. */
class RedisSentinelFixtureTest {

    @Test
    void theSentinelsPromoteTheReplicaWhenThePrimaryDiesAndMakeTheOldPrimaryAReplica() {
        long began = System.nanoTime();
        try (RedisSentinelFixture redis = RedisSentinelFixture.start()) {
            System.out.printf("Redis Sentinel set-up started in %d ms%n", millisSince(began));

            assertThat(redis.url()).matches("redis-sentinel://127\\.0\\.0\\.1:\\d+,127\\.0\\.0\\.1:\\d+,127\\.0\\.0\\.1:\\d+#waiting-room");
            int first = redis.primaryPort();
            assertThat(redis.primary().port()).isEqualTo(first);
            assertThat(redis.ask(first, "PING")).isEqualTo("PONG");
            // WAIT on the writing connection: it counts the replicas that have that connection's writes
            assertThat(RespClient.askInOrder(first, List.of("SET", "fixture:place", "42"), List.of("WAIT", "1", "2000")))
                    .as("the write, and the replicas that have it").containsExactly("OK", "1");

            long killedAt = System.nanoTime();
            redis.killPrimary();
            redis.awaitFailover(Duration.ofSeconds(15));
            System.out.printf("Redis Sentinel failover took %d ms%n", millisSince(killedAt));
            int second = redis.primaryPort();
            assertThat(second).isNotEqualTo(first);
            assertThat(redis.ask(second, "INFO", "replication")).contains("role:master");
            assertThat(redis.ask(second, "GET", "fixture:place")).isEqualTo("42");

            long restartedAt = System.nanoTime();
            redis.restartKilled();
            redis.awaitHealthy(Duration.ofSeconds(30));
            System.out.printf("Redis Sentinel set-up healthy %d ms after the restart%n", millisSince(restartedAt));
            assertThat(redis.primaryPort()).isEqualTo(second);
            assertThat(redis.ask(first, "INFO", "replication"))
                    .contains("role:slave", "master_port:" + second, "master_link_status:up");
            assertThat(redis.ask(first, "GET", "fixture:place")).isEqualTo("42");
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
