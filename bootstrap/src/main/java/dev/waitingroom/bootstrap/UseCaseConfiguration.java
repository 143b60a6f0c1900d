package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.bootstrap.metrics.MeteredStore;
import dev.waitingroom.bootstrap.metrics.MeteredUseCases;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreHealth;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The use cases, over whichever store was configured; {@link WaitingRoomServices} wires each one.
 * Metrics wrap both sides: every store call is timed, every join and leave counted by its result.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    MeteredStore meteredStore(QueueStore queueStore, EventCatalogue eventCatalogue, StoreHealth storeHealth,
                              MeterRegistry registry) {
        return MeteredStore.over(queueStore, eventCatalogue, storeHealth, registry);
    }

    @Bean
    WaitingRoomUseCases useCases(MeteredStore store, MeterRegistry registry) {
        return MeteredUseCases.over(
                WaitingRoomServices.over(store.queueStore(), store.eventCatalogue(), store.storeHealth()), registry);
    }
}
