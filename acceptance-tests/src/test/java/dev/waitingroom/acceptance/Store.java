package dev.waitingroom.acceptance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which store, and how many gateways in front of it, one run of the features is against. */
enum Store {
    IN_MEMORY("in-memory", false, 1),
    REDIS("redis", true, 1),
    REDIS_TWO_INSTANCES("redis-two-instances", true, 2),
    REDIS_THREE_INSTANCES("redis-three-instances", true, 3);

    static final String PROPERTY = "waitingroom.store";

    private final String name;
    private final boolean redis;
    private final int gateways;

    Store(String name, boolean redis, int gateways) {
        this.name = name;
        this.redis = redis;
        this.gateways = gateways;
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
        return redis;
    }

    int gateways() {
        return gateways;
    }

    @Override
    public String toString() {
        return name;
    }
}
