package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitingroom.adapter.http.EntrySigningKey;
import dev.waitingroom.adapter.redis.RedisServerFixture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitingRoomApplicationTest {

    private static final String ADMIN = "bootstrap-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theInMemoryWaitingRoomServesAJoinAndStopsOnClose() throws Exception {
        int port;
        try (RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of()))) {
            port = room.port();
            assertThat(port).isPositive();

            String token = createEventAndJoin(port, "in-memory-show");

            JsonNode status = status(port, token);
            assertThat(status.path("position").asLong()).isEqualTo(1);
            assertThat(status.path("status").asText()).isEqualTo("waiting");
        }
        assertThat(accepts(port)).as("the server stopped with the context").isFalse();
    }

    @Test
    void theRedisWaitingRoomKeepsTheQueueAcrossARestart() throws Exception {
        try (RedisServerFixture redis = RedisServerFixture.start()) {
            Settings settings = settings(Map.of("REDIS_URL", redis.url()));
            String token;
            try (RunningWaitingRoom first = WaitingRoomApplication.start(settings)) {
                assertThat(send(first.port(), HttpRequest.newBuilder(uri(first.port(), "/readyz")).GET()).statusCode())
                        .isEqualTo(200);
                token = createEventAndJoin(first.port(), "redis-show-" + System.nanoTime());
            }
            // an in-memory store would have forgotten the entry: this proves the Redis store is wired
            try (RunningWaitingRoom second = WaitingRoomApplication.start(settings)) {
                assertThat(status(second.port(), token).path("position").asLong()).isEqualTo(1);
            }
        }
    }

    @Test
    void theConfiguredSigningKeyIsPublished() throws Exception {
        EntrySigningKey key = EntrySigningKey.generate();
        try (RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of("WAITING_ROOM_SIGNING_KEY", key.serialized())))) {
            JsonNode keys = jwks(room.port());

            assertThat(keys.size()).isEqualTo(1);
            assertThat(keys.get(0).path("kid").asText()).isEqualTo(key.kid());
            assertThat(keys.get(0).has("d")).isFalse();
        }
    }

    @Test
    void withoutAKeyEveryGatewayOnOneRedisPublishesTheOneGeneratedKey() throws Exception {
        try (RedisServerFixture redis = RedisServerFixture.start()) {
            Settings settings = settings(Map.of("REDIS_URL", redis.url()));
            JsonNode published;
            try (RunningWaitingRoom first = WaitingRoomApplication.start(settings);
                 RunningWaitingRoom second = WaitingRoomApplication.start(settings)) {
                published = jwks(first.port());

                assertThat(published.size()).isEqualTo(1);
                assertThat(published.get(0).path("kid").asText()).isNotBlank();
                assertThat(jwks(second.port())).isEqualTo(published);
            }
            // every gateway stopped: one started later still takes the key Redis keeps
            try (RunningWaitingRoom later = WaitingRoomApplication.start(settings)) {
                assertThat(jwks(later.port())).isEqualTo(published);
            }
        }
    }

    @Test
    void anUnreachableRedisFailsTheStartInsteadOfServingErrors() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = settings(Map.of("REDIS_URL", "redis://127.0.0.1:" + closedPort, "REDIS_TIMEOUT_MS", "500"));

        assertThatThrownBy(() -> WaitingRoomApplication.start(settings)).hasStackTraceContaining("cannot connect to Redis");
    }

    @Test
    void theBackgroundAdmitsAnOpenedSaleAndThePassPassesTheEntryPassCheck() throws Exception {
        try (RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of()))) {
            int port = room.port();
            String token = createEventAndJoin(port, "opened-show");
            assertThat(status(port, token).path("eta_sec").isNull()).as("paused: no estimate").isTrue();

            HttpResponse<String> opened = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/admin/events/opened-show"))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"paused\":false}")));
            assertThat(opened.statusCode()).isEqualTo(200);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!status(port, token).path("status").asText().equals("ready")) {
                assertThat(System.nanoTime()).as("admitted by the background step within 10 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            HttpResponse<String> entered = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/queue/enter"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"waiting_token\":\"" + token + "\"}")));
            assertThat(entered.statusCode()).isEqualTo(200);
            String pass = JSON.readTree(entered.body()).path("reservation_token").asText();
            URI keys = uri(port, "/.well-known/jwks.json");

            assertThat(EntryPassCheck.check(keys, "opened-show", pass).getStringClaim("uid")).isEqualTo("ann");
            assertThatThrownBy(() -> EntryPassCheck.check(keys, "another-show", pass)).hasMessageContaining("aud");
        }
    }

    @Test
    void onTheInMemoryStoreAHoldIsConfirmedAndOneNobodyConfirmsIsReleasedInTheBackground() throws Exception {
        try (RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of("HOLD_EXPIRY_MS", "100")))) {
            holdConfirmAndLetAHoldRunOut(room.port(), "seated-show");
        }
    }

    @Test
    void onRedisAHoldIsConfirmedAndOneNobodyConfirmsIsReleasedInTheBackground() throws Exception {
        try (RedisServerFixture redis = RedisServerFixture.start();
             RunningWaitingRoom room = WaitingRoomApplication.start(settings(Map.of("REDIS_URL", redis.url(),
                     "HOLD_EXPIRY_MS", "100")))) {
            holdConfirmAndLetAHoldRunOut(room.port(), "seated-show-" + System.nanoTime());
        }
    }

    /** Two admitted people: one holds and confirms, the other holds and walks away until the sweep frees the seat. */
    private void holdConfirmAndLetAHoldRunOut(int port, String event) throws Exception {
        assertThat(send(port, HttpRequest.newBuilder(uri(port, "/api/v1/admin/events/" + event))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"paused\":false,\"hold_ttl_sec\":10,"
                        + "\"seats\":[\"A1\",\"A2\",\"A3\"]}"))).statusCode()).isEqualTo(200);
        String buyer = admittedPass(port, event, "buyer");
        String walker = admittedPass(port, event, "walker");

        HttpResponse<String> bought = hold(port, buyer, event, "A1");
        HttpResponse<String> left = hold(port, walker, event, "A2");
        assertThat(bought.statusCode()).as(bought.body()).isEqualTo(201);
        assertThat(left.statusCode()).as(left.body()).isEqualTo(201);
        String id = JSON.readTree(bought.body()).path("reservation_id").asText();
        HttpResponse<String> confirmed = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/reservations/" + id + "/confirm"))
                .header("Authorization", "Bearer " + buyer).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).path("status").asText()).isEqualTo("CONFIRMED");

        // the seat map and the stats release nothing themselves: only the background sweep can free A2
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode stats = stats(port, event);
        while (stats.path("seats_held").asLong() > 0) {
            assertThat(System.nanoTime()).as("the hold released by the background within 30 s").isLessThan(deadline);
            Thread.sleep(100);
            stats = stats(port, event);
        }
        assertThat(stats.path("seats_available").asLong()).isEqualTo(2);
        assertThat(stats.path("seats_sold").asLong()).isEqualTo(1);
        HttpResponse<String> map = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/events/" + event + "/seats")).GET());
        assertThat(JSON.readTree(map.body()).path("seats").findValuesAsText("status")).containsExactly("SOLD", "AVAILABLE", "AVAILABLE");
    }

    private String admittedPass(int port, String event, String user) throws Exception {
        HttpResponse<String> joined = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/queue/join"))
                .header("Idempotency-Key", "join-" + user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + event + "\",\"user_id\":\"" + user + "\"}")));
        String token = JSON.readTree(joined.body()).path("waiting_token").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!status(port, token).path("status").asText().equals("ready")) {
            assertThat(System.nanoTime()).as("admitted by the background step within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
        HttpResponse<String> entered = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/queue/enter"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"waiting_token\":\"" + token + "\"}")));
        return JSON.readTree(entered.body()).path("reservation_token").asText();
    }

    private HttpResponse<String> hold(int port, String pass, String event, String seat) throws Exception {
        return send(port, HttpRequest.newBuilder(uri(port, "/api/v1/reservations")).header("Authorization", "Bearer " + pass)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + event + "\",\"seat_ids\":[\"" + seat + "\"]}")));
    }

    private JsonNode stats(int port, String event) throws Exception {
        HttpResponse<String> response = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/admin/events/" + event + "/stats"))
                .header("Authorization", "Bearer " + ADMIN).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Settings settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "HOST", "127.0.0.1", "WAITING_ROOM_ADMIN_TOKEN", ADMIN));
        env.putAll(extra);
        return Settings.fromEnvironment(env);
    }

    private String createEventAndJoin(int port, String eventId) throws Exception {
        HttpResponse<String> created = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/admin/events/" + eventId))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"max_entries_per_user\":2}")));
        assertThat(created.statusCode()).isEqualTo(200);
        HttpResponse<String> joined = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/queue/join"))
                .header("Idempotency-Key", "first-join").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + eventId + "\",\"user_id\":\"ann\"}")));
        assertThat(joined.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(joined.body());
        assertThat(body.path("position_hint").asLong()).isEqualTo(1);
        return body.path("waiting_token").asText();
    }

    private JsonNode jwks(int port) throws Exception {
        HttpResponse<String> response = send(port, HttpRequest.newBuilder(uri(port, "/.well-known/jwks.json")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("keys");
    }

    private JsonNode status(int port, String token) throws Exception {
        HttpResponse<String> response = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/queue/status?token=" + token)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException other) {
            return false;
        }
    }
}
