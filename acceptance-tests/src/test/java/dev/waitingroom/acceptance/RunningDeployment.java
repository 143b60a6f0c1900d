package dev.waitingroom.acceptance;

import dev.waitingroom.adapter.redis.RedisServerFixture;
import dev.waitingroom.bootstrap.Settings;
import dev.waitingroom.bootstrap.WaitingRoomApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The application as the features meet it: one or more gateways, started from the same settings a
 * production deployment uses, in front of the store of this run.
 */
final class RunningDeployment implements AutoCloseable {

    private final Store store;
    private final RedisServerFixture redis;
    private final List<AutoCloseable> gateways;
    private final WaitingRoomClient client;

    private RunningDeployment(Store store, RedisServerFixture redis, List<AutoCloseable> gateways,
            WaitingRoomClient client) {
        this.store = store;
        this.redis = redis;
        this.gateways = gateways;
        this.client = client;
    }

    static RunningDeployment start(Store store) {
        String adminToken = "acceptance-" + UUID.randomUUID();
        RedisServerFixture redis = store.usesRedis() ? RedisServerFixture.start() : null;
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Map<String, String> environment = new HashMap<>();
            environment.put("PORT", "0");
            environment.put("HOST", "127.0.0.1");
            // nothing is in flight when a run ends: no reason to wait the production grace period
            environment.put("SHUTDOWN_GRACE_SEC", "1");
            // a run sends thousands of requests: their access lines would bury the scenarios' summary
            environment.put("ACCESS_LOG", "off");
            // the scenarios read the seat map right after a change, through any gateway: no seat map cache
            environment.put("SEAT_MAP_MAX_AGE_MS", "0");
            environment.put("WAITING_ROOM_ADMIN_TOKEN", adminToken);
            if (redis != null) {
                environment.put("REDIS_URL", redis.url());
            }
            List<URI> addresses = new ArrayList<>();
            for (int i = 0; i < store.gateways(); i++) {
                var gateway = WaitingRoomApplication.start(Settings.fromEnvironment(environment));
                started.add(gateway::close);
                addresses.add(URI.create("http://127.0.0.1:" + gateway.port()));
            }
            return new RunningDeployment(store, redis, started, new WaitingRoomClient(addresses, adminToken));
        } catch (RuntimeException | Error e) {
            closeAll(started, redis, e);
            throw e;
        }
    }

    WaitingRoomClient client() {
        return client;
    }

    @Override
    public String toString() {
        return store + " (" + gateways.size() + " gateway" + (gateways.size() == 1 ? "" : "s") + ")";
    }

    @Override
    public void close() {
        closeAll(gateways, redis, null);
    }

    // the gateways first, so that none is left talking to a store that is gone
    private static void closeAll(List<AutoCloseable> gateways, RedisServerFixture redis, Throwable failure) {
        List<AutoCloseable> all = new ArrayList<>(gateways);
        if (redis != null) {
            all.add(redis::close);
        }
        RuntimeException problems = null;
        for (AutoCloseable closeable : all) {
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (problems == null) {
                    problems = new IllegalStateException("could not stop the deployment cleanly", e);
                } else {
                    problems.addSuppressed(e);
                }
            }
        }
        if (problems != null) {
            throw problems;
        }
    }
}
