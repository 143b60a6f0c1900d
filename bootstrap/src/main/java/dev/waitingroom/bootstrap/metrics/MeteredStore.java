package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.StoreHealth;
import io.micrometer.core.instrument.MeterRegistry;

/** The driven ports of whichever store runs, every call timed in the registry. */
public record MeteredStore(QueueStore queueStore, AdmissionStore admissionStore, EventCatalogue eventCatalogue,
                           StoreHealth storeHealth, SeatLedger seatLedger, PersonLog personLog, FlagStore flagStore) {

    public static MeteredStore over(QueueStore queueStore, AdmissionStore admissionStore, EventCatalogue eventCatalogue,
                                    StoreHealth storeHealth, SeatLedger seatLedger, PersonLog personLog, FlagStore flagStore,
                                    MeterRegistry registry) {
        StoreCallTimers timers = new StoreCallTimers(registry);
        return new MeteredStore(new TimedQueueStore(queueStore, timers), new TimedAdmissionStore(admissionStore, timers),
                new TimedEventCatalogue(eventCatalogue, timers), new TimedStoreHealth(storeHealth, timers),
                new TimedSeatLedger(seatLedger, timers), new TimedPersonLog(personLog, timers),
                new TimedFlagStore(flagStore, timers));
    }
}
