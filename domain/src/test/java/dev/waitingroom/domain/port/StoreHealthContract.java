package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every store's health check says while the store runs normally. Each adapter extends this once. */
public abstract class StoreHealthContract {

    protected abstract StoreHealth storeHealth();

    @Test
    void aRunningStoreIsReady() {
        assertThat(storeHealth().check()).isEqualTo(StoreCondition.READY);
    }
}
