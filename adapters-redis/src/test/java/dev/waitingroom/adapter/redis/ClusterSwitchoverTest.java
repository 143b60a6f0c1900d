package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.redis.RedisClusterFixture.Node;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.WaitingToken;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A planned switchover on a Redis Cluster, as operators make one: {@code CLUSTER FAILOVER} (the default, coordinated
 * kind) sent to the replica of the primary serving the event. The old primary holds its writers back until the replica
 * has caught up, the replica takes over, and the old primary becomes its replica. With a crowd joining throughout, the
 * gateway follows the slots to the new primary, refuses joins meanwhile only as the store being unavailable, and loses
 * no acknowledged join in either durability mode: unlike Sentinel's switchover, nothing is acknowledged by the old
 * primary after its replica stopped following it.
 */
class ClusterSwitchoverTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SWITCHOVER_DEADLINE = Duration.ofSeconds(30);
    private static final Duration SERVED_AGAIN_WITHIN = Duration.ofSeconds(10);
    private static final int JOINS_BEFORE = 20;
    private static final int JOINS_IN_A_ROW_AFTER = 50;
    private static final int JOINERS = 8;

    /**
     * Every join answered was on a replica already. Joins go without an answer for about 150 ms. That includes the
     * case of a WAIT blocked on the old primary as it was demoted: Redis answers it UNBLOCKED and closes that
     * connection, the one all the event's commands share. The gateway then reads the slots again at once; before it
     * did, the old primary's breaker opened while Lettuce reconnected to it, and the gap was about 600 ms.
     */
    @Test
    void withReplicaDurabilityJoinsAreServedAgainSoonAndNoAcknowledgedJoinIsLost() {
        Outcome outcome = switchoverUnderJoins(Durability.replica(Duration.ofMillis(250)));
        assertThat(outcome.acknowledged()).as("joins acknowledged").isGreaterThan(JOINS_BEFORE + JOINS_IN_A_ROW_AFTER);
        assertThat(outcome.lost()).as("acknowledged joins missing from the queue after the switchover").isEmpty();
    }

    /**
     * The coordinated failover closes the window that loses joins under Sentinel: local durability loses none either.
     * The writes held back on the old primary are answered MOVED once it is demoted, and Lettuce sends them on to the
     * new primary; some are refused meanwhile (not connected) while Lettuce is still connecting to it.
     */
    @Test
    void withLocalDurabilityJoinsAreServedAgainSoonAndNoAcknowledgedJoinIsLost() {
        Outcome outcome = switchoverUnderJoins(Durability.LOCAL);
        assertThat(outcome.acknowledged()).as("joins acknowledged").isGreaterThan(JOINS_BEFORE + JOINS_IN_A_ROW_AFTER);
        assertThat(outcome.lost()).as("acknowledged joins missing from the queue after the switchover").isEmpty();
    }

    /**
     * Joins before a switchover (all served), a crowd joining throughout it, then joins until one is served again
     * through the new primary's breaker, closed, and a run of them all served; every join refused meanwhile was
     * refused as the store being unavailable.
     */
    private static Outcome switchoverUnderJoins(Durability durability) {
        try (RedisClusterFixture cluster = RedisClusterFixture.start();
             RedisConnection connection = RedisConnection.open(RedisTarget.Cluster.of(cluster.seeds(), Optional.empty(), false),
                     COMMAND_TIMEOUT, BreakerSettings.DEFAULT, durability)) {
            EventId event = EventId.of("switchover-" + UUID.randomUUID());
            new RedisEventCatalogue(connection).save(new EventSettings(event, QueuePolicy.DEFAULT));
            Node oldPrimary = cluster.primaryOf(RedisKeys.of(event).event());
            SwitchoverJoins joins = new SwitchoverJoins(new RedisQueueStore(connection, Duration.ofMinutes(10)), event);
            List<WaitingToken> outsideTheSwitchover = new ArrayList<>();
            for (int i = 0; i < JOINS_BEFORE; i++) {
                outsideTheSwitchover.add(joins.mustJoin("before the switchover"));
            }

            long commanded;
            long switched;
            long servedAgain;
            try (SwitchoverJoins.Crowd crowd = joins.crowdOf(JOINERS)) {
                commanded = System.nanoTime();
                Node newPrimary = cluster.switchover(oldPrimary, SWITCHOVER_DEADLINE);
                switched = System.nanoTime();
                Polling.await("joins served again after the switchover", SERVED_AGAIN_WITHIN,
                        () -> servedAgainProblem(joins, connection, newPrimary));
                servedAgain = System.nanoTime();
                for (int i = 0; i < JOINS_IN_A_ROW_AFTER; i++) {
                    outsideTheSwitchover.add(joins.mustJoin("after the first join served again"));
                }
            }

            long[] gap = joins.longestGap();
            System.out.printf("[cluster switchover, %s] switchover took %d ms; joins were served again %d ms after it"
                            + " (%d ms after CLUSTER FAILOVER); longest time without an acknowledged join: %d ms (beginning"
                            + " at %+d ms from CLUSTER FAILOVER); %d joins acknowledged, %d refused: %s%n",
                    durability, millis(switched - commanded), millis(servedAgain - switched), millis(servedAgain - commanded),
                    millis(gap[1] - gap[0]), millis(gap[0] - commanded), joins.acknowledged.size(), joins.failures.size(),
                    joins.failureKinds());
            assertThat(joins.failures).as("what the joins that failed threw")
                    .allSatisfy(failure -> assertThat(failure).isInstanceOf(StoreUnavailableException.class));
            assertThat(joins.notInTheQueue(outsideTheSwitchover)).as("joins acknowledged before or after the switchover"
                    + " missing from the queue").isEmpty();
            Outcome outcome = new Outcome(joins.acknowledged.size(), joins.notInTheQueue(joins.acknowledged));
            System.out.printf("[cluster switchover, %s] acknowledged joins lost: %d of %d%n", durability,
                    outcome.lost().size(), outcome.acknowledged());
            return outcome;
        }
    }

    /**
     * Null once a join is served and the event's calls go through the new primary's breaker, closed. A join may be
     * served before (Lettuce follows a MOVED to the new primary while its own map of the slots is still old), counted
     * then by the old primary's breaker; and one served while a breaker is half-open is one of its probes.
     */
    private static String servedAgainProblem(SwitchoverJoins joins, RedisConnection connection, Node newPrimary) {
        String failure = joins.tryJoin();
        if (failure != null) {
            return failure;
        }
        String name = PrimaryBreakers.BREAKER + "@127.0.0.1:" + newPrimary.port();
        Optional<CircuitBreaker> breaker = connection.circuitBreakers().find(name);
        if (breaker.isEmpty()) {
            return "a join was served, but no call went through " + name + " yet";
        }
        CircuitBreaker.State state = breaker.get().getState();
        return state == CircuitBreaker.State.CLOSED ? null : "a join was served, " + name + " is " + state;
    }

    /** How many joins were acknowledged, and those of them the queue no longer has. */
    private record Outcome(int acknowledged, List<WaitingToken> lost) {
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
