package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.HttpMetrics;
import dev.waitingroom.bootstrap.metrics.JvmMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry every metric goes to: one of our own, never Micrometer's global one, so that two
 * waiting rooms in one JVM (the tests start several) each count only their own traffic.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** What {@link PrometheusMeterRegistry#scrape()} writes: the Prometheus text format 0.0.4. */
    static final String SCRAPE_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry meterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Bean(destroyMethod = "close")
    JvmMetrics jvmMetrics(MeterRegistry registry) {
        return new JvmMetrics(registry);
    }

    /** The HTTP adapter records requests in the registry and serves its scrape, without knowing Prometheus. */
    @Bean
    HttpMetrics httpMetrics(PrometheusMeterRegistry registry) {
        return new HttpMetrics(registry, SCRAPE_CONTENT_TYPE, registry::scrape);
    }
}
