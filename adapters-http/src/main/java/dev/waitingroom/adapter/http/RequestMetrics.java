package dev.waitingroom.adapter.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_request_duration_seconds{method, route, status}}: how long each request took, as a
 * histogram. Every label has few values: the route is the template a request matched (never its path or
 * query), methods outside the standard ones are {@code OTHER}, and a status is one of a few dozen codes.
 */
final class RequestMetrics {

    static final String NAME = "http.server.request.duration";
    /** Bucket bounds for histogram_quantile: from a cache-speed answer to a Redis timeout and beyond. */
    static final Duration[] BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    private record Series(String method, String route, int status) {
    }

    private final MeterRegistry registry;
    // the registry would find a timer by its tags too, but with more work than this lookup on every request
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String method, String route, int status, long nanos) {
        timers.computeIfAbsent(new Series(method, route, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder(NAME)
                .description("HTTP requests served, by route template, method and status")
                .tag("method", series.method())
                .tag("route", series.route())
                .tag("status", Integer.toString(series.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
