package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitingroom.adapter.redis.RedisServerFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} of a waiting room on Redis after known traffic: an event with 2 seats, 3 joins,
 * 1 duplicate, 1 conflict, 1 leave, 2 status calls. And the Grafana dashboard, which must query only what this answer holds.
 */
class MetricsEndpointTest {

    private static final String ADMIN = "metrics-test-token";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String EVENT = "metrics-show-" + System.nanoTime();
    private static final String HTTP = "http_server_request_duration_seconds";
    private static final String STORE = "waitingroom_store_call_duration_seconds";

    private static final HttpClient HTTP_CLIENT = HttpClient.newHttpClient();
    private static RedisServerFixture redis;
    private static RunningWaitingRoom room;

    @BeforeAll
    static void startAndSendKnownTraffic() throws Exception {
        redis = RedisServerFixture.start();
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "HOST", "127.0.0.1", "WAITING_ROOM_ADMIN_TOKEN", ADMIN,
                "REDIS_URL", redis.url()));
        room = WaitingRoomApplication.start(Settings.fromEnvironment(env));

        expect(200, send(HttpRequest.newBuilder(uri("/api/v1/admin/events/" + EVENT)).header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"max_entries_per_user\":5,\"seats\":[\"A1\",\"A2\"]}"))));
        String ann = token(expect(202, join("ann", "key-1")));
        String bob = token(expect(202, join("bob", "key-2")));
        expect(202, join("cy", "key-3"));
        expect(409, join("ann", "key-1"));   // duplicate: the same user with the same key
        expect(409, join("dan", "key-2"));   // conflict: bob's key, another user
        expect(200, send(HttpRequest.newBuilder(uri("/api/v1/queue/leave?token=" + bob)).DELETE()));
        expect(200, send(HttpRequest.newBuilder(uri("/api/v1/queue/status?token=" + ann)).GET()));
        expect(200, send(HttpRequest.newBuilder(uri("/api/v1/queue/status?token=" + ann)).GET()));
    }

    @AfterAll
    static void stop() {
        if (room != null) {
            room.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void joinsAndLeavesAreCountedExactlyByResult() throws Exception {
        PrometheusScrape scrape = scrape();

        assertThat(scrape.value("waitingroom_joins_total", Map.of("result", "joined"))).isEqualTo(3);
        assertThat(scrape.value("waitingroom_joins_total", Map.of("result", "duplicate"))).isEqualTo(1);
        assertThat(scrape.value("waitingroom_joins_total", Map.of("result", "idempotency_conflict"))).isEqualTo(1);
        assertThat(scrape.named("waitingroom_joins_total")).as("every result has its series").hasSize(6)
                .filteredOn(sample -> Set.of("user_limit_reached", "event_not_found", "failed").contains(sample.labels().get("result")))
                .allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(scrape.value("waitingroom_leaves_total", Map.of("result", "left"))).isEqualTo(1);
        assertThat(scrape.value("waitingroom_leaves_total", Map.of("result", "was_not_waiting"))).isZero();
    }

    @Test
    void requestsAreCountedByRouteMethodAndStatusWithLatencyBuckets() throws Exception {
        // the last requests are recorded just after their answers left: wait until they are in
        PrometheusScrape scrape = awaitScrape(s -> s.value(HTTP + "_count", route("GET", "/api/v1/queue/status", "200")) >= 2);

        assertThat(scrape.value(HTTP + "_count", route("GET", "/api/v1/queue/status", "200"))).isEqualTo(2);
        assertThat(scrape.value(HTTP + "_count", route("POST", "/api/v1/queue/join", "202"))).isEqualTo(3);
        assertThat(scrape.value(HTTP + "_count", route("POST", "/api/v1/queue/join", "409"))).isEqualTo(2);
        assertThat(scrape.value(HTTP + "_count", route("DELETE", "/api/v1/queue/leave", "200"))).isEqualTo(1);
        assertThat(scrape.value(HTTP + "_count", route("PUT", "/api/v1/admin/events/{eventId}", "200"))).isEqualTo(1);
        List<PrometheusScrape.Sample> buckets = scrape.matching(HTTP + "_bucket", route("GET", "/api/v1/queue/status", "200"));
        assertThat(buckets).extracting(sample -> sample.labels().get("le")).contains("0.005", "0.1", "1.0", "+Inf").hasSize(14);
        assertThat(scrape.value(HTTP + "_bucket", with(route("GET", "/api/v1/queue/status", "200"), "le", "+Inf"))).isEqualTo(2);
        assertThat(scrape.named(HTTP + "_sum")).isNotEmpty();
        assertThat(scrape.samples()).as("no label holds a token, an event id or a query")
                .allSatisfy(sample -> assertThat(String.valueOf(sample.labels().get("route"))).doesNotContain("?", EVENT));
    }

    @Test
    void everyStoreCallIsTimedUnderItsOperation() throws Exception {
        PrometheusScrape scrape = scrape();

        // three joins, the duplicate and the conflict each ran the join script once
        assertThat(scrape.value(STORE + "_count", Map.of("operation", "join", "outcome", "ok"))).isEqualTo(5);
        assertThat(scrape.value(STORE + "_count", Map.of("operation", "status", "outcome", "ok"))).isEqualTo(2);
        assertThat(scrape.value(STORE + "_count", Map.of("operation", "leave", "outcome", "ok"))).isEqualTo(1);
        assertThat(scrape.value(STORE + "_count", Map.of("operation", "save_event", "outcome", "ok"))).isEqualTo(1);
        assertThat(scrape.value(STORE + "_count", Map.of("operation", "health_check", "outcome", "ok")))
                .as("the store watch checks every second").isPositive();
        assertThat(scrape.matching(STORE + "_bucket", Map.of("operation", "join", "outcome", "ok"))).hasSize(14);
    }

    @Test
    void theWaitingEntriesAndOpenWindowsOfEachEventAreRefreshedInTheBackground() throws Exception {
        PrometheusScrape scrape = awaitScrape(s -> !s.matching("waitingroom_waiting_entries", Map.of("event", EVENT)).isEmpty()
                && !s.matching("waitingroom_open_windows", Map.of("event", EVENT)).isEmpty()
                && s.value(STORE + "_count", Map.of("operation", "admission_step", "outcome", "ok")) > 0);

        assertThat(scrape.value("waitingroom_waiting_entries", Map.of("event", EVENT))).as("ann and cy; bob left").isEqualTo(2);
        assertThat(scrape.value("waitingroom_open_windows", Map.of("event", EVENT))).as("the event is paused").isZero();
        assertThat(scrape.names()).contains("waitingroom_admissions_total", "waitingroom_drops_total",
                "waitingroom_windows_closed_total", "waitingroom_admission_round_seconds_count");
    }

    @Test
    void theSeatMetricsHaveTheirSeriesBeforeAnyHoldAndTheExpiryRoundsRunInTheBackground() throws Exception {
        PrometheusScrape scrape = awaitScrape(s -> s.value(STORE + "_count", Map.of("operation", "expire_holds", "outcome", "ok")) > 0
                && s.value("waitingroom_hold_expiry_round_seconds_count", Map.of()) > 0 && !s.named("waitingroom_seats").isEmpty());

        assertThat(scrape.named("waitingroom_holds_total")).hasSize(8).allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(scrape.named("waitingroom_confirms_total")).hasSize(6).allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(scrape.named("waitingroom_cancels_total")).hasSize(5).allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(scrape.names()).contains("waitingroom_hold_expiries_total");
        assertThat(scrape.value("waitingroom_hold_expiries_total", Map.of())).isZero();
        assertThat(scrape.matching(STORE + "_bucket", Map.of("operation", "hold", "outcome", "ok"))).hasSize(14);
        assertThat(scrape.value("waitingroom_seats", Map.of("event", EVENT, "state", "available"))).isEqualTo(2);
        assertThat(scrape.value("waitingroom_seats", Map.of("event", EVENT, "state", "held"))).isZero();
        assertThat(scrape.value("waitingroom_seats", Map.of("event", EVENT, "state", "sold"))).isZero();
    }

    @Test
    void theRedisBreakerAndTheJvmAreMeasuredToo() throws Exception {
        PrometheusScrape scrape = scrape();

        assertThat(scrape.value("resilience4j_circuitbreaker_state", Map.of("name", "redis", "state", "closed"))).isEqualTo(1);
        assertThat(scrape.value("resilience4j_circuitbreaker_state", Map.of("name", "redis", "state", "open"))).isZero();
        assertThat(scrape.names()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "process_cpu_usage", "system_cpu_usage", "process_uptime_seconds", "process_start_time_seconds",
                "process_files_open_files", "jvm_info");
    }

    @Test
    void theGrafanaDashboardQueriesOnlyMetricsAndLabelsTheApplicationExposes() throws Exception {
        // series that appear only once something happened: a GC, a refresh of the event gauges
        System.gc();
        PrometheusScrape scrape = awaitScrape(s -> s.names().containsAll(Set.of("jvm_gc_pause_seconds_sum", "waitingroom_waiting_entries",
                "waitingroom_seats")));
        GrafanaDashboard dashboard = GrafanaDashboard.read(Path.of("..", "docs", "grafana-dashboard.json"));

        assertThat(dashboard.queries()).hasSizeGreaterThan(20);
        Set<String> queried = new TreeSet<>();
        for (GrafanaDashboard.Query query : dashboard.queries()) {
            assertThat(query.metrics()).as("a query names no metric: %s", query.expr()).isNotEmpty();
            assertThat(scrape.names()).as("the metrics of %s", query.expr()).containsAll(query.metrics());
            Set<String> labels = new TreeSet<>();
            query.metrics().forEach(metric -> scrape.named(metric).forEach(sample -> labels.addAll(sample.labels().keySet())));
            assertThat(labels).as("the labels of %s", query.expr()).containsAll(query.labels());
            queried.addAll(query.metrics());
        }
        assertThat(queried).as("the dashboard covers every family of metrics").contains(
                HTTP + "_count", HTTP + "_bucket", "waitingroom_joins_total", "waitingroom_leaves_total",
                "waitingroom_waiting_entries", STORE + "_bucket", "resilience4j_circuitbreaker_state",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum", "jvm_threads_live_threads");
    }

    @Test
    void theDashboardCheckWouldNoticeAMisspelledMetricOrLabel() {
        GrafanaDashboard.Query query = GrafanaDashboard.parse(
                "histogram_quantile(0.99, sum by (le, rout) (rate(http_server_request_duration_second_bucket{instance=~\"$instance\",status=~\"5..\"}[$__rate_interval])))");

        assertThat(query.metrics()).containsExactly("http_server_request_duration_second_bucket");
        assertThat(query.labels()).containsExactly("rout", "status");
    }

    private static Map<String, String> route(String method, String route, String status) {
        return Map.of("method", method, "route", route, "status", status);
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> more = new HashMap<>(labels);
        more.put(name, value);
        return more;
    }

    private static PrometheusScrape scrape() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/metrics")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        return PrometheusScrape.parse(response.body());
    }

    /** Scrapes until the scrape shows what is awaited, up to a deadline; the last scrape either way. */
    private static PrometheusScrape awaitScrape(Predicate<PrometheusScrape> ready) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        PrometheusScrape scrape = scrape();
        while (!ready.test(scrape) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            scrape = scrape();
        }
        return scrape;
    }

    private static HttpResponse<String> join(String user, String key) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/queue/join")).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + EVENT + "\",\"user_id\":\"" + user + "\"}")));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static String token(HttpResponse<String> joined) throws Exception {
        return new ObjectMapper().readTree(joined.body()).path("waiting_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP_CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + room.port() + pathAndQuery);
    }
}
