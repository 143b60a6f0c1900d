package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The memory reading finds exactly the logs the run's joins wrote, and none when the run keeps no logs. */
class PersonLogMemoryTest {

    @Test
    void itCountsTheLogsOfThePeopleThatJoinedAndSamplesTheirMemory() throws Exception {
        try (LocalRedisServer redis = LocalRedisServer.start("/usr/bin/redis-server")) {
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect();
                 StatefulRedisConnection<String, String> fill = client.connect()) {
                String sha = connection.sync().scriptLoad(JoinScript.source());
                for (String event : new String[] {"logged", "not-logged"}) {
                    connection.sync().hset("wr:{" + event + "}:event", "max_entries_per_user", "10");
                }
                long day = Duration.ofDays(1).toMillis();
                new PipelinedJoins(fill, sha, new JoinScript.Options(day, true)).fill("logged", 250);
                new PipelinedJoins(fill, sha, new JoinScript.Options(day, false)).fill("not-logged", 250);
                PersonLogMemory memory = new PersonLogMemory(connection.sync());

                PersonLogMemory.Result logged = memory.measure("logged", 300);
                PersonLogMemory.Result notLogged = memory.measure("not-logged", 300);

                assertThat(logged.withLog()).isEqualTo(250);
                assertThat(logged.entries()).isEqualTo(250);
                assertThat(logged.markedEntries()).isEqualTo(250);
                assertThat(logged.sampled()).containsOnlyKeys(1L); // people 0, 100 and 200; 300 never joined
                assertThat(logged.sampled().get(1L).getCount()).isEqualTo(3);
                assertThat(logged.bytesPerEntry()).isPositive();
                assertThat(logged.describe()).contains("250 of 300 people have one");
                assertThat(notLogged.withLog()).isZero();
                assertThat(notLogged.markedEntries()).isZero();
                assertThat(notLogged.describe()).startsWith("none of 300 people");
            } finally {
                client.shutdown();
            }
        }
    }
}
