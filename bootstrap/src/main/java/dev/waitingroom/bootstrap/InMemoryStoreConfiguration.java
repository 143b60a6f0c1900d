package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryPersonLog;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.adapter.inmemory.InMemorySigningKeyStore;
import dev.waitingroom.adapter.inmemory.InMemoryStoreHealth;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store when no REDIS_URL is set: one process, nothing survives a restart. */
@Configuration(proxyBeanMethods = false)
class InMemoryStoreConfiguration {

    @Bean
    InMemoryEventCatalogue eventCatalogue() {
        return new InMemoryEventCatalogue();
    }

    @Bean
    InMemoryQueueStore queueStore(InMemoryEventCatalogue catalogue, Settings settings) {
        return new InMemoryQueueStore(catalogue, Clock.systemUTC(), settings.idempotencyTtl(), settings.expiredTokenTtl());
    }

    @Bean
    InMemoryAdmissionStore admissionStore(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues) {
        return new InMemoryAdmissionStore(catalogue, queues);
    }

    /** The seats live under the lock of their event's queue, so a hold and a confirm see and close windows atomically. */
    @Bean
    InMemorySeatLedger seatLedger(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues) {
        return new InMemorySeatLedger(catalogue, queues);
    }

    @Bean
    InMemoryStoreHealth storeHealth() {
        return new InMemoryStoreHealth();
    }

    @Bean
    InMemorySigningKeyStore signingKeyStore() {
        return new InMemorySigningKeyStore();
    }

    /** The person logs live with the queues, whose changes append to them under the same lock. */
    @Bean
    InMemoryPersonLog personLog(InMemoryQueueStore queues) {
        return new InMemoryPersonLog(queues);
    }

    @Bean
    InMemoryFlagStore flagStore() {
        return new InMemoryFlagStore();
    }
}
