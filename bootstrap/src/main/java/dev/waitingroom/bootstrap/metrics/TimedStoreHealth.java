package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;

/** The store's health check, timed (it never throws: an unreachable store is an answer, not a failure). */
final class TimedStoreHealth implements StoreHealth {

    private final StoreHealth health;
    private final StoreCallTimers.Operation check;

    TimedStoreHealth(StoreHealth health, StoreCallTimers timers) {
        this.health = health;
        this.check = timers.operation("health_check");
    }

    @Override
    public StoreCondition check() {
        return check.time(health::check);
    }
}
