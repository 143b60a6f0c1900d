package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.EventCatalogueContract;

class InMemoryEventCatalogueTest extends EventCatalogueContract {

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }
}
