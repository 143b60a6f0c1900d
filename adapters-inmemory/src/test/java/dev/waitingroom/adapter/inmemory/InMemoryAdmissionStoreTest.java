package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.AdmissionStoreContract;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import java.time.Duration;
import java.time.Instant;

class InMemoryAdmissionStoreTest extends AdmissionStoreContract {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T18:00:00Z"));
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, clock, Duration.ofHours(24));
    private final InMemoryAdmissionStore admission = new InMemoryAdmissionStore(catalogue, queues);

    @Override
    protected QueueStore queueStore() {
        return queues;
    }

    @Override
    protected AdmissionStore admissionStore() {
        return admission;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        clock.advance(time);
    }

    @Override
    protected long storeMillis() {
        return clock.millis();
    }
}
