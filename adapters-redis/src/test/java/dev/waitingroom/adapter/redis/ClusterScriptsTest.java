package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scripts on a real Redis Cluster (3 primaries, 3 replicas): the hash tag discipline is checked by Redis, not
 * assumed, and a script missing from a node's cache reaches that node only.
 */
class ClusterScriptsTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);

    private static RedisClusterFixture cluster;
    private static RedisConnection connection;

    @BeforeAll
    static void startCluster() {
        cluster = RedisClusterFixture.start();
        connection = RedisConnection.open(RedisTarget.Cluster.of(cluster.seeds(), Optional.empty(), false), COMMAND_TIMEOUT,
                BreakerSettings.DEFAULT, Durability.LOCAL);
    }

    @AfterAll
    static void stop() {
        connection.close();
        cluster.close();
    }

    @Test
    void aScriptGivenTheKeysOfTwoEventsIsRefusedByRedis() {
        Map<RedisClusterFixture.Node, String> eventOn = eventsOnEveryPrimary();
        List<String> twoEvents = List.copyOf(eventOn.values()).subList(0, 2);
        RedisKeys first = RedisKeys.of(EventId.parse(twoEvents.get(0)).orElseThrow());
        RedisKeys second = RedisKeys.of(EventId.parse(twoEvents.get(1)).orElseThrow());

        assertThatThrownBy(() -> connection.run(LuaScript.STATS, new String[] {first.event(), second.queue(), first.stats()}))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("CROSSSLOT");
        // the same script with one event's keys runs, on whichever primary serves that event
        for (String event : eventOn.values()) {
            RedisKeys keys = RedisKeys.of(EventId.parse(event).orElseThrow());
            assertThat(connection.run(LuaScript.STATS, new String[] {keys.event(), keys.queue(), keys.stats()})).isNotNull();
        }
    }

    @Test
    void aScriptMissingFromTheCacheIsSentToTheNodeThatServesTheKeysOnly() {
        LuaScript script = LuaScript.SEAT_COUNTS;
        RedisClusterFixture.Node served = cluster.primaryOf("wr:{cache-probe}:seat-counts");
        for (RedisClusterFixture.Node primary : cluster.primaries()) {
            cluster.ask(primary, "SCRIPT", "FLUSH");
        }

        connection.run(script, new String[] {"wr:{cache-probe}:seat-counts"});

        for (RedisClusterFixture.Node primary : cluster.primaries()) {
            assertThat(cluster.ask(primary, "SCRIPT", "EXISTS", script.sha()))
                    .as("script cached on %s (the node serving the keys is %s)", primary, served)
                    .isEqualTo(primary.equals(served) ? "1" : "0");
        }
    }

    /** An event id for each primary, found by asking the cluster which slot each candidate falls in. */
    private static Map<RedisClusterFixture.Node, String> eventsOnEveryPrimary() {
        Map<RedisClusterFixture.Node, String> eventOn = new HashMap<>();
        IntStream.range(0, 200).mapToObj(i -> "crossslot-" + i)
                .forEach(event -> eventOn.putIfAbsent(cluster.primaryOf("wr:{" + event + "}:event"), event));
        assertThat(eventOn).as("an event on each primary").hasSize(3);
        return eventOn;
    }
}
