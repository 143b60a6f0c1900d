package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A failover behind the one address the gateway was given, as a managed Redis does it: the replica is promoted, the
 * old primary becomes its replica, and the address moves to the new primary. The gateway's connection still reaches
 * the old server, which refuses every change with READONLY; it must connect again, through the address, to the new
 * primary, and not refuse changes until it is restarted. Real processes: two redis-servers and a relay as the address.
 */
class DemotedPrimaryTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /**
     * A reconnect is made within 0.5 s, and the breaker, opened by the refusals, waits 0.5 s before probing; with
     * replica durability the old primary must also have synchronised with the new one.
     */
    private static final Duration SERVED_AGAIN_WITHIN = Duration.ofSeconds(5);

    @Test
    void localDurabilityChangesAreServedByTheNewPrimarySoonAfterTheDemotion() {
        servedByTheNewPrimaryAfterTheDemotion(Durability.LOCAL);
    }

    @Test
    void replicaDurabilityChangesAreServedByTheNewPrimaryOnceItHasAReplica() {
        servedByTheNewPrimaryAfterTheDemotion(Durability.replica(Duration.ofMillis(250)));
    }

    private static void servedByTheNewPrimaryAfterTheDemotion(Durability durability) {
        try (RedisServerProcess first = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
             RedisServerProcess second = RedisServerProcess.start(RedisServerProcess.Options.replicaOf(first.port()));
             MovableAddress address = new MovableAddress(first.port());
             RedisConnection connection = RedisConnection.open(new RedisTarget.Server(address.url()), COMMAND_TIMEOUT,
                     BreakerSettings.DEFAULT, durability)) {
            ReplicaDurabilityTest.awaitReplicaLinked(second);
            connection.run(LuaScript.SET_FLAG, new String[] {RedisKeys.FLAGS}, "before", "true");

            RespClient.ask(second.port(), "REPLICAOF", "NO", "ONE");
            RespClient.ask(first.port(), "REPLICAOF", "127.0.0.1", String.valueOf(second.port()));
            address.pointAt(second.port());
            long demoted = System.nanoTime();

            // the open connection still reaches the old primary: the failure this test is about
            assertThatThrownBy(() -> connection.run(LuaScript.SET_FLAG, new String[] {RedisKeys.FLAGS}, "after", "true"))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("READONLY");
            List<String> refusals = new ArrayList<>();
            Polling.await("a change served by the new primary", SERVED_AGAIN_WITHIN, () -> {
                try {
                    connection.run(LuaScript.SET_FLAG, new String[] {RedisKeys.FLAGS}, "after", "true");
                    return null;
                } catch (StoreUnavailableException refused) {
                    refusals.add(kindOf(refused));
                    return refused.getMessage();
                }
            });
            long servedAfterMillis = Duration.ofNanos(System.nanoTime() - demoted).toMillis();

            assertThat(RespClient.ask(second.port(), "HGET", RedisKeys.FLAGS, "after")).isEqualTo("true");
            assertThat(RespClient.ask(second.port(), "HGET", RedisKeys.FLAGS, "before")).isEqualTo("true");
            System.out.printf("[demoted primary] %s: changes served by the new primary %d ms after the demotion;"
                    + " refusals meanwhile: %s%n", durability.replicaConfirms() ? "replica" : "local", servedAfterMillis,
                    refusals.stream().collect(Collectors.groupingBy(word -> word, TreeMap::new, Collectors.counting())));
        }
    }

    private static String kindOf(StoreUnavailableException refused) {
        String message = String.valueOf(refused.getMessage());
        for (String kind : List.of("READONLY", "circuit breaker is open", "no replica confirmed", "not connected", "disconnected")) {
            if (message.contains(kind)) {
                return kind;
            }
        }
        return message;
    }
}
