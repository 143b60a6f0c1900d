package dev.waitingroom.domain.port;

/** Whether the store can serve now: what readiness probes and the operator's dashboards ask. */
public interface StoreHealth {

    /** Never throws: a store that cannot be asked is {@link StoreCondition#UNREACHABLE}. */
    StoreCondition check();
}
