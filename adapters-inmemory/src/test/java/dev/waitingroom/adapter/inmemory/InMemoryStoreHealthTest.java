package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.StoreHealth;
import dev.waitingroom.domain.port.StoreHealthContract;

class InMemoryStoreHealthTest extends StoreHealthContract {

    @Override
    protected StoreHealth storeHealth() {
        return new InMemoryStoreHealth();
    }
}
