package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every request is measured by its route template and logged once, with its trace id in the logging context. */
class RequestObservationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CapturedLogs logs = new CapturedLogs();
    private WaitingRoomHttpServer server;

    @AfterEach
    void stop() {
        logs.close();
        if (server != null) {
            server.stop();
        }
    }

    private ApiClient start(dev.waitingroom.application.port.in.WaitingRoomUseCases useCases) {
        server = new WaitingRoomHttpServer(useCases, TestServers.settings(HttpSettings.DEFAULT_MAX_BODY_BYTES,
                Optional.of(ApiClient.ADMIN_TOKEN)), new HttpMetrics(registry, "text/plain; version=0.0.4; charset=utf-8",
                () -> "# the scrape\n")).start();
        return new ApiClient(server.port());
    }

    @Test
    void requestsAreCountedByRouteTemplateMethodAndStatus() {
        ApiClient api = start(TestServers.inMemoryUseCases());
        api.configure("observed-show", "{}");
        String token = api.join("observed-show").json().path("waiting_token").asText();
        api.status(token);
        api.status(token);
        api.stats("observed-show");
        api.get("/no/such/route?token=" + token);
        api.send(api.request("/api/v1/admin/events/observed-show/stats").GET()); // no admin token: 401
        api.send(api.request("/healthz").method("BREW", HttpRequest.BodyPublishers.noBody()));

        awaitCount(() -> requests("GET", "/api/v1/queue/status", 200), 2);
        awaitCount(() -> requests("PUT", "/api/v1/admin/events/{eventId}", 200), 1);
        awaitCount(() -> requests("POST", "/api/v1/queue/join", 202), 1);
        awaitCount(() -> requests("GET", "/api/v1/admin/events/{eventId}/stats", 200), 1);
        awaitCount(() -> requests("GET", RequestObserver.UNMATCHED, 404), 1);
        awaitCount(() -> requests("GET", RequestObserver.UNMATCHED, 401), 1);
        awaitCount(() -> requests(RequestObserver.OTHER_METHOD, "/healthz", 405), 1);
        assertThat(registry.find(RequestMetrics.NAME).timers())
                .as("no label holds a path with an id in it, or a query")
                .allSatisfy(timer -> assertThat(timer.getId().getTag("route")).doesNotContain(token, "observed-show", "?"));
    }

    @Test
    void theScrapeIsServedWithItsContentType() {
        ApiClient api = start(TestServers.inMemoryUseCases());

        Reply reply = api.get(OperationsRoutes.METRICS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(reply.raw().body()).isEqualTo("# the scrape\n");
    }

    @Test
    void everyLineLoggedForARequestCarriesItsTraceIdAndOneAccessLineSaysHowItWent() {
        ApiClient api = start(TestServers.unavailableUseCases(Duration.ofSeconds(1)));

        Reply reply = api.send(api.request("/api/v1/queue/status?token=concert~AAAAAAAAAAAAAAAAAAAAAA")
                .header("X-Request-ID", "trace-for-the-log").GET());

        assertThat(reply.status()).isEqualTo(503);
        ILoggingEvent failure = logs.await("from Failures", CapturedLogs.from(Failures.class.getName()));
        assertThat(failure.getMDCPropertyMap()).containsEntry(TraceFilter.MDC_KEY, "trace-for-the-log");
        assertThat(failure.getFormattedMessage()).startsWith("store unavailable on GET /api/v1/queue/status");
        ILoggingEvent access = logs.await("from the access log", CapturedLogs.from(AccessLog.LOGGER_NAME));
        assertThat(access.getMDCPropertyMap()).containsEntry(TraceFilter.MDC_KEY, "trace-for-the-log");
        assertThat(fields(access)).containsEntry("method", "GET").containsEntry("route", "/api/v1/queue/status")
                .containsEntry("status", "503").containsKey("duration_ms");
        assertThat(access.getFormattedMessage()).startsWith("GET /api/v1/queue/status 503 ")
                .doesNotContain("AAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void eachRequestLogsOneAccessLineWithItsOwnTraceId() {
        ApiClient api = start(TestServers.inMemoryUseCases());

        for (int i = 1; i <= 3; i++) {
            api.send(api.request("/healthz").header("X-Request-ID", "health-" + i).GET());
        }

        awaitCount(() -> (long) logs.matching(CapturedLogs.from(AccessLog.LOGGER_NAME)).size(), 3);
        assertThat(logs.matching(CapturedLogs.from(AccessLog.LOGGER_NAME)))
                .extracting(event -> event.getMDCPropertyMap().get(TraceFilter.MDC_KEY))
                .containsExactlyInAnyOrder("health-1", "health-2", "health-3");
    }

    private static Map<String, String> fields(ILoggingEvent event) {
        return event.getKeyValuePairs().stream().collect(Collectors.toMap(pair -> pair.key, pair -> String.valueOf(pair.value)));
    }

    private long requests(String method, String route, int status) {
        Timer timer = registry.find(RequestMetrics.NAME)
                .tags("method", method, "route", route, "status", Integer.toString(status)).timer();
        return timer == null ? 0 : timer.count();
    }

    /** The access line and the metrics are written after the answer left: wait for them, up to a deadline. */
    private static void awaitCount(Supplier<Long> count, long expected) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (count.get() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(count.get()).isEqualTo(expected);
    }
}
