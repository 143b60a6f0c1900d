package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ceilings and fills send join.lua the keys and arguments the gateway sends: a join must take a place,
 * and its person log must be where {@link PersonLogMemory} looks for it, exactly when the run keeps logs.
 */
class JoinScriptTest {

    private static final String EVENT = "ceiling-check";

    @Test
    void theCeilingsCallOfTheScriptJoinsAndKeepsALogOnlyWhenAsked() throws Exception {
        try (LocalRedisServer redis = LocalRedisServer.start("/usr/bin/redis-server")) {
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                RedisCommands<String, String> commands = connection.sync();
                commands.hset("wr:{" + EVENT + "}:event", "max_entries_per_user", "10");

                assertThat(join(commands, "1", false).getFirst()).isEqualTo(JoinScript.JOINED);
                assertThat(join(commands, "2", true).getFirst()).isEqualTo(JoinScript.JOINED);

                assertThat(commands.zcard(JoinScript.queueKey(EVENT))).isEqualTo(2);
                assertThat(commands.exists(JoinScript.userLogKey(EVENT, "u1"))).as("no log asked for").isZero();
                assertThat(commands.xlen(JoinScript.userLogKey(EVENT, "u2"))).isEqualTo(1);
                assertThat(commands.hgetall(JoinScript.loggedKey(EVENT))).containsOnlyKeys("t2");
                assertThat(commands.pttl(JoinScript.userLogKey(EVENT, "u2"))).as("it expires").isPositive();
            } finally {
                client.shutdown();
            }
        }
    }

    private static List<Object> join(RedisCommands<String, String> commands, String id, boolean keepLog) {
        return commands.eval(JoinScript.source(), ScriptOutputType.MULTI,
                JoinScript.keys(EVENT, "k" + id).toArray(String[]::new),
                new JoinScript.Options(60_000, keepLog).arguments("t" + id, "u" + id, "k" + id).toArray(String[]::new));
    }
}
