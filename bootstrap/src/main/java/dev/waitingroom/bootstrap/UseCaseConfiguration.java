package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreHealth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, over whichever store was configured; {@link WaitingRoomServices} wires each one. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    WaitingRoomUseCases useCases(QueueStore queueStore, EventCatalogue eventCatalogue, StoreHealth storeHealth) {
        return WaitingRoomServices.over(queueStore, eventCatalogue, storeHealth);
    }
}
