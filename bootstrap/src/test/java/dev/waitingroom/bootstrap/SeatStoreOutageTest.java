package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitingroom.adapter.redis.RedisServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seat holds through a Redis that is killed in the middle of a storm of holds and cancels, and restarted
 * from its append-only file ({@code appendfsync always}). Clients retry what got a 503 with the same
 * request, as the README tells them; a hold that happened before its 503 shows up as HOLD_EXISTS.
 * Afterwards no seat is in two holds, every held seat belongs to a hold someone was told about, and the
 * counters still equal the seats' real states.
 */
class SeatStoreOutageTest {

    private static final String ADMIN = "seat-outage-admin";
    private static final int SEATS = 60;
    private static final int PEOPLE = 40;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private RedisServerProcess redis;
    private GatewayProcess gateway;
    private String event;

    record Reply(int status, JsonNode body) {
        String code() {
            return body.path("error").path("code").asText("");
        }
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aRedisKilledMidHoldStormPutsNoSeatInTwoHoldsAndKeepsTheCountersTrue() throws Exception {
        redis = RedisServerProcess.start(RedisServerProcess.Options.durable());
        gateway = GatewayProcess.start(Map.of("WAITING_ROOM_ADMIN_TOKEN", ADMIN, "REDIS_URL", redis.url(),
                "REDIS_TIMEOUT_MS", "1000", "SHUTDOWN_GRACE_SEC", "1"));
        event = "seat-outage-" + UUID.randomUUID();
        String seats = IntStream.rangeClosed(1, SEATS).mapToObj(i -> "\"s" + i + "\"").collect(Collectors.joining(","));
        assertThat(send("PUT", "/api/v1/admin/events/" + event, "Bearer " + ADMIN,
                "{\"max_entries_per_user\":10000,\"admission_rate_per_sec\":1000,\"max_active\":1000,\"paused\":false,"
                        + "\"seats\":[" + seats + "]}").status()).isEqualTo(200);
        List<String> passes = admit(PEOPLE);

        Storm storm = new Storm(passes);
        storm.start();
        await("50 acknowledged holds", () -> storm.acknowledgedHolds.get() >= 50);
        redis.kill();
        await("a 503", () -> storm.unavailable.get() > 0);
        Thread.sleep(1_500); // holds keep coming while Redis is down
        redis.restart();
        int atRestart = storm.acknowledgedHolds.get();
        await("50 more acknowledged holds", () -> storm.acknowledgedHolds.get() >= atRestart + 50);
        storm.stop();

        assertThat(storm.unexpected).as("answers outside the contract").isEmpty();
        JsonNode map = send("GET", "/api/v1/events/" + event + "/seats", null, null).body();
        Map<String, String> stateOf = new HashMap<>();
        map.path("seats").forEach(seat -> stateOf.put(seat.path("seat_id").asText(), seat.path("status").asText()));
        assertThat(stateOf).hasSize(SEATS);

        // every hold anyone was told about (201 or HOLD_EXISTS), as the store has it now
        Map<String, String> holderOfSeat = new HashMap<>();
        for (Map.Entry<String, String> told : storm.reservations.entrySet()) {
            Reply reservation = send("GET", "/api/v1/reservations/" + told.getKey(), "Bearer " + told.getValue(), null);
            assertThat(reservation.status()).as("an acknowledged hold was lost: %s", told.getKey()).isEqualTo(200);
            if (reservation.body().path("status").asText().equals("HOLD")) {
                for (JsonNode seat : reservation.body().path("seat_ids")) {
                    String other = holderOfSeat.put(seat.asText(), told.getKey());
                    assertThat(other).as("seat %s is in two holds", seat.asText()).isNull();
                }
            }
        }
        Set<String> heldInMap = stateOf.entrySet().stream().filter(e -> e.getValue().equals("HELD"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(heldInMap).as("held seats are exactly those of the open holds").isEqualTo(holderOfSeat.keySet());

        JsonNode stats = send("GET", "/api/v1/admin/events/" + event + "/stats", "Bearer " + ADMIN, null).body();
        long available = stateOf.values().stream().filter("AVAILABLE"::equals).count();
        assertThat(stats.path("seats_available").asLong()).isEqualTo(available);
        assertThat(map.path("available").asLong()).isEqualTo(available);
        assertThat(stats.path("seats_held").asLong()).isEqualTo(heldInMap.size());
        assertThat(stats.path("seats_sold").asLong()).isEqualTo(stateOf.values().stream().filter("SOLD"::equals).count());
    }

    /** Joins {@code people}, waits until each is admitted, and enters: their reservation tokens. */
    private List<String> admit(int people) throws InterruptedException {
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Reply joined = sendWithHeader("POST", "/api/v1/queue/join", "Idempotency-Key", "seat-outage-" + i,
                    "{\"event_id\":\"" + event + "\",\"user_id\":\"person-" + i + "\"}");
            assertThat(joined.status()).isEqualTo(202);
            waiting.add(joined.body().path("waiting_token").asText());
        }
        List<String> passes = new ArrayList<>();
        for (String token : waiting) {
            await("admission", () -> send("GET", "/api/v1/queue/status?token=" + token, null, null)
                    .body().path("ready_for_entry").asBoolean());
            Reply entered = send("POST", "/api/v1/queue/enter", null, "{\"waiting_token\":\"" + token + "\"}");
            assertThat(entered.status()).isEqualTo(200);
            passes.add(entered.body().path("reservation_token").asText());
        }
        return passes;
    }

    /** Each admitted person, in a loop: hold 1-4 random seats, then cancel; a 503 or no answer is retried as is. */
    private final class Storm {
        private final List<String> passes;
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger acknowledgedHolds = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        /** Reservation id to the pass of whoever was told about it. */
        final Map<String, String> reservations = new ConcurrentHashMap<>();
        final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

        Storm(List<String> passes) {
            this.passes = passes;
        }

        void start() {
            for (String pass : passes) {
                threads.submit(() -> {
                    while (running.get()) {
                        Reply hold = untilAnswered("POST", "/api/v1/reservations", pass, holdBody());
                        String reservation = switch (hold.code()) {
                            case "" -> hold.status() == 201 ? hold.body().path("reservation_id").asText() : null;
                            case "HOLD_EXISTS" -> hold.body().path("reservation_id").asText();
                            case "SEAT_UNAVAILABLE", "SOLD_OUT" -> null;
                            default -> {
                                unexpected.add("hold: " + hold.status() + " " + hold.body());
                                yield null;
                            }
                        };
                        if (reservation == null) {
                            continue;
                        }
                        reservations.put(reservation, pass);
                        acknowledgedHolds.incrementAndGet();
                        if (!running.get()) {
                            break; // leave this one held, for the check
                        }
                        Reply cancel = untilAnswered("POST", "/api/v1/reservations/" + reservation + "/cancel", pass, null);
                        if (cancel.status() != 200) {
                            unexpected.add("cancel: " + cancel.status() + " " + cancel.body());
                        }
                    }
                    return null;
                });
            }
        }

        private String holdBody() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String seats = random.ints(1, SEATS + 1).distinct().limit(random.nextInt(1, 5))
                    .mapToObj(i -> "\"s" + i + "\"").collect(Collectors.joining(","));
            return "{\"event_id\":\"" + event + "\",\"seat_ids\":[" + seats + "]}";
        }

        private Reply untilAnswered(String method, String path, String pass, String body) throws InterruptedException {
            Reply reply = send(method, path, "Bearer " + pass, body);
            while (reply.status() == 503 || reply.status() == 0) {
                unavailable.incrementAndGet();
                Thread.sleep(20); // a real client waits Retry-After; a short pause keeps the test quick
                reply = send(method, path, "Bearer " + pass, body);
            }
            return reply;
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("clients finished").isTrue();
        }
    }

    private Reply send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .timeout(GatewayClient.HANG)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request);
    }

    private Reply sendWithHeader(String method, String path, String header, String value, String body) {
        return exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .timeout(GatewayClient.HANG).header(header, value).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json;
            try {
                json = JSON.readTree(text.isEmpty() ? "{}" : text);
            } catch (IOException notJson) {
                json = JSON.createObjectNode();
            }
            return new Reply(response.statusCode(), json);
        } catch (IOException noAnswer) {
            return new Reply(0, JSON.createObjectNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, JSON.createObjectNode());
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
