package dev.waitingroom.adapter.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Following the primary when Redis says it moved, instead of waiting for a periodic refresh, or for a restart:
 * <ul>
 *   <li>On a Cluster, a {@code MOVED}, {@code ASK} or {@code CLUSTERDOWN} (a change sent to a primary's own
 *   connection is not redirected by Lettuce), an {@code UNBLOCKED} (a primary demoted in a switchover while a WAIT
 *   was waiting; without a refresh the slot map would name it ~0.5 s longer, in ClusterSwitchoverTest) or a
 *   {@code READONLY}: the topology is read again.</li>
 *   <li>On one server or under Sentinel, a {@code READONLY}: the server the connection reached is a replica now (a
 *   managed Redis failed over behind the same address, or a primary was demoted by hand). Lettuce would keep the
 *   connection, and every change would be refused; the server is asked to close it (CLIENT KILL of its own id), and
 *   the client connects again, resolving the address anew (under Sentinel, asking the sentinels).</li>
 * </ul>
 * At most once per gap: a failover answers the same to every caller at once.
 */
final class PrimaryMoves {

    private static final System.Logger LOG = System.getLogger(PrimaryMoves.class.getName());

    private final AbstractRedisClient client;
    private final StatefulConnection<String, String> connection;
    private final long gapNanos;
    private final AtomicLong lastFollowed;

    PrimaryMoves(AbstractRedisClient client, StatefulConnection<String, String> connection, Duration gap) {
        this.client = client;
        this.connection = connection;
        this.gapNanos = gap.toNanos();
        this.lastFollowed = new AtomicLong(System.nanoTime() - gapNanos);
    }

    /** Called with every failure of a Redis call. */
    void noticeFrom(RedisException failure) {
        String message = String.valueOf(failure.getMessage());
        boolean readOnly = message.startsWith("READONLY");
        if (client instanceof RedisClusterClient cluster) {
            if ((readOnly || movedOn(message)) && firstInGap()) {
                cluster.refreshPartitionsAsync();
            }
        } else if (readOnly && firstInGap()) {
            reconnect();
        }
    }

    private static boolean movedOn(String message) {
        return isRedirect(message) || message.startsWith("CLUSTERDOWN") || message.startsWith("UNBLOCKED");
    }

    /** A {@code MOVED} or {@code ASK}: the client's slot map is behind; Redis answered at once and ran nothing. */
    static boolean isRedirect(String message) {
        return message.startsWith("MOVED ") || message.startsWith("ASK ");
    }

    private void reconnect() {
        LOG.log(System.Logger.Level.WARNING, "Redis refused a change with READONLY: the server this gateway is"
                + " connected to is a replica now; connecting again");
        RedisAsyncCommands<String, String> own = ((StatefulRedisConnection<String, String>) connection).async();
        own.clientId()
                .thenCompose(id -> own.clientKill(KillArgs.Builder.id(id).skipme(false)))
                .exceptionally(failed -> {
                    // the connection closed on the way: it is being made again anyway
                    LOG.log(System.Logger.Level.DEBUG, "closing the connection to a demoted Redis: " + failed);
                    return null;
                });
    }

    private boolean firstInGap() {
        long now = System.nanoTime();
        long before = lastFollowed.get();
        return now - before >= gapNanos && lastFollowed.compareAndSet(before, now);
    }
}
