package dev.waitingroom.acceptance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which store, and how many gateways in front of it, one run of the features is against. */
enum Store {
    IN_MEMORY("in-memory", Redis.NONE, 1),
    REDIS("redis", Redis.SERVER, 1),
    REDIS_TWO_INSTANCES("redis-two-instances", Redis.SERVER, 2),
    REDIS_THREE_INSTANCES("redis-three-instances", Redis.SERVER, 3),
    REDIS_CLUSTER("redis-cluster", Redis.CLUSTER, 3),
    REDIS_SENTINEL("redis-sentinel", Redis.SENTINEL, 2);

    /** Which Redis: one server, a Cluster of 3 primaries and 3 replicas, or a primary and a replica under 3 sentinels. */
    enum Redis { NONE, SERVER, CLUSTER, SENTINEL }

    static final String PROPERTY = "waitingroom.store";

    private final String name;
    private final Redis redis;
    private final int gateways;

    Store(String name, Redis redis, int gateways) {
        this.name = name;
        this.redis = redis;
        this.gateways = gateways;
    }

    Redis redis() {
        return redis;
    }

    /** The store of this run; in-memory when the property is absent (a run from the IDE). */
    static Store ofThisRun() {
        String wanted = System.getProperty(PROPERTY, IN_MEMORY.name);
        return Arrays.stream(values())
                .filter(store -> store.name.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PROPERTY + "=" + wanted + " is none of "
                        + Arrays.stream(values()).map(store -> store.name).collect(Collectors.joining(", "))));
    }

    boolean usesRedis() {
        return redis != Redis.NONE;
    }

    int gateways() {
        return gateways;
    }

    @Override
    public String toString() {
        return name;
    }
}
