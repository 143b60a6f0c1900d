package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.bootstrap.flags.LocalFlagChanges;
import dev.waitingroom.bootstrap.flags.OpenFeatureFlags;
import dev.waitingroom.bootstrap.flags.StoreFlagProvider;
import dev.waitingroom.bootstrap.metrics.MeteredStore;
import dev.waitingroom.bootstrap.metrics.MeteredUseCases;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EntryPassIssuer;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.StoreHealth;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The use cases, over whichever store was configured; {@link WaitingRoomServices} wires each one.
 * Metrics wrap both sides: every store call is timed, every join, leave, hold, confirm and cancel counted
 * by its result, and every admission and hold expiry round counted and timed. Joins ask the flags
 * ({@link FlagConfiguration}) whether the entry keeps a log.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    MeteredStore meteredStore(QueueStore queueStore, AdmissionStore admissionStore, EventCatalogue eventCatalogue,
                              StoreHealth storeHealth, SeatLedger seatLedger, PersonLog personLog, FlagStore flagStore,
                              MeterRegistry registry) {
        return MeteredStore.over(queueStore, admissionStore, eventCatalogue, storeHealth, seatLedger, personLog, flagStore,
                registry);
    }

    /** A flag changed through this instance is in force here at once; the flags listed are the store's. */
    @Bean
    WaitingRoomUseCases useCases(MeteredStore store, EntryPassIssuer passIssuer, StoreFlagProvider flagProvider,
                                 OpenFeatureFlags featureFlags, Settings settings, MeterRegistry registry) {
        return MeteredUseCases.over(WaitingRoomServices.over(new WaitingRoomServices.Ports(store.queueStore(),
                store.admissionStore(), store.eventCatalogue(), store.storeHealth(), store.seatLedger(), passIssuer,
                store.personLog(), new LocalFlagChanges(store.flagStore(), flagProvider), featureFlags),
                settings.startingFlags()), registry);
    }
}
