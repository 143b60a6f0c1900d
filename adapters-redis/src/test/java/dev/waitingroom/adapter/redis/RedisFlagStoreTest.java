package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.FlagStoreContract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature flags on Redis, held to the contract, each "instance" over a connection of its own. */
class RedisFlagStoreTest extends FlagStoreContract {

    private static RedisTestServer redis;
    private static RedisConnection connection;
    private static RedisConnection otherConnection;
    private static RedisFlagStore store;
    private static RedisFlagStore otherInstance;

    @BeforeAll
    static void startRedis() {
        redis = RedisTestServer.start();
        connection = redis.connection();
        otherConnection = RedisConnection.open(redis.url(), Duration.ofSeconds(10));
        store = new RedisFlagStore(connection);
        otherInstance = new RedisFlagStore(otherConnection);
    }

    @AfterAll
    static void stopRedis() {
        if (otherConnection != null) {
            otherConnection.close();
        }
        RedisTestServer.stop(redis);
    }

    @Override
    protected FlagStore emptyStore() {
        connection.call(redis -> redis.del(RedisKeys.FLAGS));
        return store;
    }

    @Override
    protected FlagStore anotherInstance(FlagStore store) {
        return otherInstance;
    }

    /** The layout the README documents: one hash for the whole deployment, the flag's name to its rollout's text. */
    @Test
    void eachFlagIsAFieldOfOneHashHoldingItsRolloutAsText() {
        emptyStore().set(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(25));

        Map<String, String> stored = connection.call(redis -> redis.hgetall("wr:flags"));
        assertThat(stored).isEqualTo(Map.of("streams_queue", "25%"));
    }

    /** A newer version's flag, or a value written by hand, must not stop this version reading the others. */
    @Test
    void fieldsThatNameNoFlagOrHoldNoRolloutAreSkippedAndAStartingValueReplacesABadOne() {
        FlagStore flags = emptyStore();
        connection.call(redis -> redis.hset(RedisKeys.FLAGS, Map.of("a_later_flag", "true", "streams_queue", "half")));

        assertThat(flags.read()).isEmpty();
        assertThat(flags.setIfAbsent(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(5))).isEqualTo(Rollout.toPercent(5));
        assertThat(otherInstance.read()).isEqualTo(Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(5)));
        String laterFlag = connection.call(redis -> redis.hget(RedisKeys.FLAGS, "a_later_flag"));
        assertThat(laterFlag).as("left for the version that knows it").isEqualTo("true");
    }
}
