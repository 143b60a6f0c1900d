package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.port.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code REDIS_DURABILITY=replica}: a change is answered only once a replica holds it, and a primary with no replica
 * refuses changes but still serves reads. With real processes: a primary, its replica, and a crowd of callers.
 */
class ReplicaDurabilityTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern WAIT_CALLS = Pattern.compile("cmdstat_wait:calls=(\\d+)");

    private static RedisServerProcess primary;
    private static RedisServerProcess replica;

    @BeforeAll
    static void startPrimaryAndReplica() {
        primary = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
        replica = RedisServerProcess.start(RedisServerProcess.Options.replicaOf(primary.port()));
        awaitReplicaLinked(replica);
    }

    @AfterAll
    static void stop() {
        replica.close();
        primary.close();
    }

    @Test
    void everyChangeAnsweredIsAlreadyOnTheReplicaAndTheCrowdSharesItsWaits() throws Exception {
        int callers = 32;
        int changesEach = 40;
        long waitsBefore = waitCalls(primary);
        try (RedisConnection connection = RedisConnection.open(new RedisTarget.Server(primary.url()), COMMAND_TIMEOUT,
                BreakerSettings.DEFAULT, Durability.replica(Duration.ofMillis(500)));
             ExecutorService crowd = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<String>>> missing = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                int me = caller;
                missing.add(crowd.submit(() -> {
                    List<String> notOnReplica = new ArrayList<>();
                    for (int change = 0; change < changesEach; change++) {
                        String key = "durable:" + me + ":" + change;
                        String value = "v" + change;
                        connection.change(key, redis -> redis.set(key, value));
                        // read from the replica at once: answered means already there
                        if (!value.equals(RespClient.ask(replica.port(), "GET", key))) {
                            notOnReplica.add(key);
                        }
                    }
                    return notOnReplica;
                }));
            }
            for (Future<List<String>> caller : missing) {
                assertThat(caller.get()).as("changes answered but not on the replica").isEmpty();
            }
            // a script that writes is confirmed the same way
            connection.run(LuaScript.SET_FLAG, new String[] {RedisKeys.FLAGS}, "durability_probe", "true");
            assertThat(RespClient.ask(replica.port(), "HGET", RedisKeys.FLAGS, "durability_probe")).isEqualTo("true");
        }
        long waits = waitCalls(primary) - waitsBefore;
        int changes = callers * changesEach + 1;
        assertThat(waits).as("WAITs sent for %d changes", changes).isPositive().isLessThan(changes);
        System.out.printf("[durability] %d changes by %d callers confirmed with %d WAITs%n", changes, callers, waits);
    }

    @Test
    void aPrimaryWithoutAReplicaRefusesChangesServesReadsAndRecoversOnceAReplicaJoins() {
        try (RedisServerProcess alone = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
             RedisConnection connection = RedisConnection.open(new RedisTarget.Server(alone.url()), COMMAND_TIMEOUT,
                     BreakerSettings.DEFAULT, Durability.replica(Duration.ofMillis(100)))) {
            assertThatThrownBy(() -> connection.change("lonely", redis -> redis.set("lonely", "1")))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("no replica confirmed the change within 100ms")
                    .satisfies(refused -> assertThat(((StoreUnavailableException) refused).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
            // refused, yet applied on the primary: the retry with the same idempotency key is what makes it safe
            String applied = connection.call("lonely", redis -> redis.get("lonely"));
            assertThat(applied).isEqualTo("1");
            // scripts that only read need no confirmation
            assertThat(connection.run(LuaScript.SEAT_COUNTS, new String[] {"wr:{lonely}:seat-counts"})).isNotNull();
            // refusals of this kind are not Redis failing: the breaker stays closed
            for (int i = 0; i < 30; i++) {
                assertThatThrownBy(() -> connection.change("lonely", redis -> redis.incr("lonely")))
                        .isInstanceOf(StoreUnavailableException.class);
            }
            assertThat(connection.isBreakerOpen()).isFalse();

            try (RedisServerProcess newReplica = RedisServerProcess.start(RedisServerProcess.Options.replicaOf(alone.port()))) {
                awaitReplicaLinked(newReplica);
                Polling.await("a change confirmed once a replica joined", Duration.ofSeconds(10), () -> {
                    try {
                        connection.change("lonely", redis -> redis.set("lonely", "confirmed"));
                        return null;
                    } catch (StoreUnavailableException e) {
                        return e.getMessage();
                    }
                });
                assertThat(RespClient.ask(newReplica.port(), "GET", "lonely")).isEqualTo("confirmed");
            }
        }
    }

    @Test
    void localDurabilityNeverWaits() {
        long waitsBefore = waitCalls(primary);
        try (RedisConnection connection = RedisConnection.open(new RedisTarget.Server(primary.url()), COMMAND_TIMEOUT,
                BreakerSettings.DEFAULT, Durability.LOCAL)) {
            for (int i = 0; i < 20; i++) {
                String key = "local:" + i;
                connection.change(key, redis -> redis.set(key, "x"));
            }
        }
        assertThat(waitCalls(primary)).isEqualTo(waitsBefore);
    }

    static void awaitReplicaLinked(RedisServerProcess server) {
        Polling.await("the replica's link to its primary", Duration.ofSeconds(10), () -> {
            String info = RespClient.ask(server.port(), "INFO", "replication");
            return info.contains("master_link_status:up") ? null : "not linked yet";
        });
    }

    private static long waitCalls(RedisServerProcess server) {
        Matcher calls = WAIT_CALLS.matcher(RespClient.ask(server.port(), "INFO", "commandstats"));
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }
}
