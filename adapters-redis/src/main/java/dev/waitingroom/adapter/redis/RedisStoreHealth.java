package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether Redis answers, and still holds what it held. A gateway marks the store when it starts (or
 * when an event is configured); a check that finds the marker gone reports the loss, and logs it once.
 */
public final class RedisStoreHealth implements StoreHealth {

    private static final System.Logger LOG = System.getLogger(RedisStoreHealth.class.getName());

    private final RedisConnection connection;
    private final RedisStoreMarker marker;
    private final AtomicBoolean lossReported = new AtomicBoolean();

    /** Marks the store unless it is marked already: a first start on an empty Redis is not a loss. */
    public RedisStoreHealth(RedisConnection connection) {
        this.connection = connection;
        this.marker = new RedisStoreMarker(connection);
        marker.place();
    }

    @Override
    public StoreCondition check() {
        StoreCondition now = probe();
        // an outage between two findings of the loss is still the same loss: told once, until it is over
        if (now == StoreCondition.DATA_LOST && lossReported.compareAndSet(false, true)) {
            LOG.log(Level.ERROR, "Redis lost its data: the store marker " + RedisKeys.STORE_MARKER + " is gone, so Redis"
                    + " restarted without persistence or was flushed. Queues and events created before are gone;"
                    + " this gateway reports not ready until an event is configured again. See the README on persistence.");
        } else if (now == StoreCondition.READY && lossReported.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "the store is marked again (an event was configured, or a gateway started): ready");
        }
        return now;
    }

    private StoreCondition probe() {
        if (connection.isBreakerOpen()) {
            return StoreCondition.UNREACHABLE;
        }
        try {
            return marker.isPresent() ? StoreCondition.READY : StoreCondition.DATA_LOST;
        } catch (StoreUnavailableException e) {
            return StoreCondition.UNREACHABLE;
        }
    }
}
