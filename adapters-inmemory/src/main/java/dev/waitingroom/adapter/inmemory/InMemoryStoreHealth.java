package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;

/** Memory answers while the process lives, and loses nothing while it runs. */
public final class InMemoryStoreHealth implements StoreHealth {

    @Override
    public StoreCondition check() {
        return StoreCondition.READY;
    }
}
