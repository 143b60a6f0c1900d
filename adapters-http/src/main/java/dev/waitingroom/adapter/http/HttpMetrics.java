package dev.waitingroom.adapter.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the server needs to be observed: a registry to record every request in, and the text that
 * {@code GET /metrics} answers with. The exposition format is the composition root's choice; this
 * adapter only serves it.
 *
 * @param registry          where the request metrics go
 * @param scrapeContentType the Content-Type of the scrape, e.g. {@code text/plain; version=0.0.4; charset=utf-8}
 * @param scrape            the registry's current state in that format, produced for each scrape
 */
public record HttpMetrics(MeterRegistry registry, String scrapeContentType, Supplier<String> scrape) {

    public HttpMetrics {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(scrapeContentType, "scrapeContentType");
        Objects.requireNonNull(scrape, "scrape");
    }

    /** Records nothing and serves an empty page: for a server nobody scrapes. */
    public static HttpMetrics none() {
        // a composite with no registry in it is Micrometer's no-op registry
        return new HttpMetrics(new CompositeMeterRegistry(), "text/plain; charset=utf-8", () -> "");
    }
}
