package dev.waitingroom.failover;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Redis set-up a run loses a primary of: how gateways reach it, and how the run breaks and mends it. */
interface FailingStore extends AutoCloseable {

    /** The settings that point a gateway at this store (REDIS_URL or REDIS_CLUSTER_NODES). */
    Map<String, String> gatewaySettings();

    /** How many quieter events to open beside {@code busy}, and their ids (on another primary where the store has several). */
    List<String> quietEvents(String busy, int count);

    /** SIGKILLs the primary that keeps {@code event}'s keys; returns which node it was, for the summary. */
    String killPrimaryOf(String event);

    /** Until a replica took over from the killed primary. */
    void awaitFailover(Duration deadline);

    /** Starts the killed node again; it rejoins as a replica of whoever took over. */
    void restartKilled();

    /** Until every primary has a replica again and every node agrees on the topology. */
    void awaitHealthy(Duration deadline);

    @Override
    void close();
}
