package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.FlagStoreContract;

class InMemoryFlagStoreTest extends FlagStoreContract {

    @Override
    protected FlagStore emptyStore() {
        return new InMemoryFlagStore();
    }
}
