package dev.waitingroom.adapter.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * {@code WAIT 1} on one connection to a primary, shared by every caller whose change went through it.
 *
 * <p>WAIT blocks the connection it is sent on until a replica confirms every write made through that connection
 * so far, and the commands of other callers queue behind it. One WAIT per change would make changes take turns;
 * instead at most one WAIT is in flight, and everyone who asks meanwhile shares the next one. A WAIT sent after a
 * caller's write was answered covers that write, since a connection's commands run in order.
 */
final class ReplicaConfirmations {

    private final StatefulRedisConnection<String, String> primary;
    private final long waitMillis;
    private CompletableFuture<Long> inFlight;
    private CompletableFuture<Long> next;

    ReplicaConfirmations(StatefulRedisConnection<String, String> primary, Duration wait) {
        this.primary = primary;
        this.waitMillis = wait.toMillis();
    }

    /** Completes with the number of replicas holding every write this connection made before the call. */
    CompletableFuture<Long> afterWritesSoFar() {
        CompletableFuture<Long> mine;
        synchronized (this) {
            if (inFlight != null) {
                if (next == null) {
                    next = new CompletableFuture<>();
                }
                return next;
            }
            mine = new CompletableFuture<>();
            inFlight = mine;
        }
        send(mine);
        return mine;
    }

    private void send(CompletableFuture<Long> answer) {
        primary.async().waitForReplication(1, waitMillis).whenComplete((replicas, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(replicas);
            }
            sendNext();
        });
    }

    private void sendNext() {
        CompletableFuture<Long> waiting;
        synchronized (this) {
            waiting = next;
            next = null;
            inFlight = waiting;
        }
        if (waiting != null) {
            send(waiting);
        }
    }
}
