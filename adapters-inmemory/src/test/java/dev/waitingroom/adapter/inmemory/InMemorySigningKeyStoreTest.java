package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.SigningKeyStoreContract;

class InMemorySigningKeyStoreTest extends SigningKeyStoreContract {

    @Override
    protected SigningKeyStore emptyStore() {
        return new InMemorySigningKeyStore();
    }
}
