package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.bootstrap.metrics.MeteredStore;
import dev.waitingroom.bootstrap.metrics.WaitingEntriesGauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs that run without a request. */
@Configuration(proxyBeanMethods = false)
class BackgroundConfiguration {

    /**
     * Watching the store every second notices (and logs, once) a Redis that lost its data even when no
     * load balancer is asking {@code /readyz}.
     */
    private static BackgroundWork.Job storeWatch(WaitingRoomUseCases useCases) {
        return new BackgroundWork.Job("store-watch", Duration.ofSeconds(1), Duration.ofMillis(200),
                () -> useCases.readiness().check());
    }

    /**
     * The waiting entries per event, counted by the store every few seconds (one stats call per event),
     * so that a scrape reads the last values and never loads the store itself.
     */
    private static BackgroundWork.Job waitingEntries(WaitingEntriesGauge gauge) {
        return new BackgroundWork.Job("waiting-entries-gauge", Duration.ofSeconds(5), Duration.ofSeconds(1), gauge::refresh);
    }

    @Bean
    BackgroundWork backgroundWork(WaitingRoomUseCases useCases, MeteredStore store, MeterRegistry registry) {
        WaitingEntriesGauge gauge = new WaitingEntriesGauge(store.eventCatalogue(), store.queueStore(), registry);
        return new BackgroundWork(List.of(storeWatch(useCases), waitingEntries(gauge)));
    }
}
