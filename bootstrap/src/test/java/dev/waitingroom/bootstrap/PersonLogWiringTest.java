package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.adapter.redis.RedisServerFixture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The person log and the flags as a running gateway serves them, on each store. */
class PersonLogWiringTest {

    private static final String ADMIN = "bootstrap-test-token";

    @Test
    void onTheInMemoryStoreAJoinIsLoggedWhenTheFlagSaysSo() {
        try (RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of("FEATURE_STREAMS_QUEUE", "true")))) {
            GatewayClient gateway = new GatewayClient(room.port(), ADMIN);
            gateway.configure("show", "{}");

            String logged = gateway.join("show", "ann", "k1").token();
            gateway.changeFlag("streams_queue", "{\"enabled\":false}");
            String unlogged = gateway.join("show", "bob", "k2").token();

            assertThat(types(gateway.history(logged))).containsExactly("joined");
            assertThat(types(gateway.userLog("show", "ann"))).containsExactly("joined");
            assertThat(gateway.history(unlogged).path("entries")).as("changed here: in force here at once").isEmpty();
            assertThat(gateway.flags().path("flags").get(0).path("enabled").asBoolean()).isFalse();
        }
    }

    @Test
    void onRedisTheFirstInstanceSeedsTheFlagAndAChangeOnOneHoldsOnTheOtherWithinTwoSeconds() throws Exception {
        try (RedisServerFixture redis = RedisServerFixture.start();
             RunningWaitingRoom first = WaitingRoomApplication.start(settings(Map.of("REDIS_URL", redis.url(),
                     "FEATURE_STREAMS_QUEUE", "false")));
             // only a starting value: the store holds false already, and this instance follows it
             RunningWaitingRoom second = WaitingRoomApplication.start(settings(Map.of("REDIS_URL", redis.url(),
                     "FEATURE_STREAMS_QUEUE", "true")))) {
            GatewayClient one = new GatewayClient(first.port(), ADMIN);
            GatewayClient other = new GatewayClient(second.port(), ADMIN);
            one.configure("show", "{}");
            assertThat(other.history(other.join("show", "ann", "k0").token()).path("entries")).isEmpty();
            assertThat(other.flags().path("flags").get(0).path("enabled").asBoolean()).isFalse();

            assertThat(one.changeFlag("streams_queue", "{\"enabled\":true}").path("rollout_percent").asInt()).isEqualTo(100);
            long changed = System.nanoTime();
            int probe = 0;
            while (true) {
                probe++;
                String token = other.join("show", "probe-" + probe, "probe-" + probe).token();
                if (!other.history(token).path("entries").isEmpty()) {
                    break;
                }
                assertThat(System.nanoTime() - changed).as("the other instance follows within 2 s").isLessThan(2_000_000_000L);
                Thread.sleep(50);
            }
            assertThat(types(other.userLog("show", "probe-" + probe))).containsExactly("joined");
        }
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.path("entries").forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    private static Settings settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "HOST", "127.0.0.1", "WAITING_ROOM_ADMIN_TOKEN", ADMIN));
        env.putAll(extra);
        return Settings.fromEnvironment(env);
    }
}
