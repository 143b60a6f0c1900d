package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.QueueStoreContract;
import java.time.Clock;
import java.time.Duration;

class InMemoryQueueStoreTest extends QueueStoreContract {

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore store = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(24));

    @Override
    protected QueueStore queueStore() {
        return store;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }
}
