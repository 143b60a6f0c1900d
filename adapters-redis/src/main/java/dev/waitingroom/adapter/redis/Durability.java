package dev.waitingroom.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * What a 2xx promises about a change. Redis copies writes to replicas after answering them, so a primary that
 * dies can take the newest acknowledged changes with it.
 *
 * @param replicaConfirms {@code false} (local): a change is answered once its primary applied it. {@code true}
 *                        (replica): once one replica also confirmed it ({@code WAIT 1}), or 503 when none does in
 *                        time; a primary without a replica then refuses every change.
 * @param replicaWait     how long to wait for that confirmation; shorter than the Redis command timeout
 */
public record Durability(boolean replicaConfirms, Duration replicaWait) {

    public static final Durability LOCAL = new Durability(false, Duration.ZERO);

    public Durability {
        Objects.requireNonNull(replicaWait, "replicaWait");
        if (replicaConfirms && (replicaWait.isNegative() || replicaWait.isZero())) {
            throw new IllegalArgumentException("the wait for a replica must be positive");
        }
    }

    public static Durability replica(Duration replicaWait) {
        return new Durability(true, replicaWait);
    }

    @Override
    public String toString() {
        return replicaConfirms ? "replica (waits up to " + replicaWait.toMillis() + "ms for one replica)" : "local";
    }
}
