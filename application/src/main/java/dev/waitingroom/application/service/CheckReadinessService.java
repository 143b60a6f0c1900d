package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.application.port.in.Readiness;
import dev.waitingroom.domain.port.StoreHealth;

public final class CheckReadinessService implements CheckReadinessUseCase {

    private final StoreHealth storeHealth;

    public CheckReadinessService(StoreHealth storeHealth) {
        this.storeHealth = storeHealth;
    }

    @Override
    public Readiness check() {
        return switch (storeHealth.check()) {
            case READY -> new Readiness.Ready();
            case UNREACHABLE -> new Readiness.StoreUnreachable();
            case DATA_LOST -> new Readiness.StoreDataLost();
        };
    }
}
