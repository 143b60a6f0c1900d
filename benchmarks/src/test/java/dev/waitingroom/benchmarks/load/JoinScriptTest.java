package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceilings send join.lua the keys and arguments the gateway sends: a join must take a place. */
class JoinScriptTest {

    @Test
    void theCeilingsCallOfTheScriptJoins() throws Exception {
        JoinScript script = JoinScript.fromAdapter();
        try (LocalRedisServer redis = LocalRedisServer.start("/usr/bin/redis-server")) {
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                RedisCommands<String, String> commands = connection.sync();
                commands.hset("wr:{ceiling-check}:event", "max_entries_per_user", "10");

                List<Object> reply = commands.eval(script.source(), ScriptOutputType.MULTI,
                        JoinScript.keys("ceiling-check", "k1").toArray(String[]::new),
                        JoinScript.arguments("t1", "u1", "k1", 60_000).toArray(String[]::new));

                assertThat(reply.getFirst()).isEqualTo(JoinScript.JOINED);
                assertThat(commands.zcard(JoinScript.queueKey("ceiling-check"))).isEqualTo(1);
            } finally {
                client.shutdown();
            }
        }
    }
}
