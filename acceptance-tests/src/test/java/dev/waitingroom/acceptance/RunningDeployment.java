package dev.waitingroom.acceptance;

import dev.waitingroom.adapter.redis.RedisClusterFixture;
import dev.waitingroom.adapter.redis.RedisSentinelFixture;
import dev.waitingroom.adapter.redis.RedisServerFixture;
import dev.waitingroom.bootstrap.RunningWaitingRoom;
import dev.waitingroom.bootstrap.Settings;
import dev.waitingroom.bootstrap.WaitingRoomApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The application as the features meet it: one or more gateways, started from the same settings a
 * production deployment uses, in front of the store of this run.
 */
final class RunningDeployment implements AutoCloseable {

    private final Store store;
    private final AutoCloseable redis;
    private final Map<String, String> environment;
    // a gateway stopped for a while leaves a null in its place until it starts again
    private final List<RunningWaitingRoom> gateways;
    private final List<URI> addresses;
    private final WaitingRoomClient client;

    private RunningDeployment(Store store, AutoCloseable redis, Map<String, String> environment,
            List<RunningWaitingRoom> gateways, List<URI> addresses, WaitingRoomClient client) {
        this.store = store;
        this.redis = redis;
        this.environment = environment;
        this.gateways = gateways;
        this.addresses = List.copyOf(addresses);
        this.client = client;
    }

    static RunningDeployment start(Store store) {
        String adminToken = "acceptance-" + UUID.randomUUID();
        Map<String, String> environment = new HashMap<>();
        AutoCloseable redis = switch (store.redis()) {
            case NONE -> null;
            case SERVER -> {
                RedisServerFixture server = RedisServerFixture.start();
                environment.put("REDIS_URL", server.url());
                yield server;
            }
            case CLUSTER -> {
                RedisClusterFixture cluster = RedisClusterFixture.start();
                environment.put("REDIS_CLUSTER_NODES", cluster.seeds());
                yield cluster;
            }
            case SENTINEL -> {
                RedisSentinelFixture sentinel = RedisSentinelFixture.start();
                environment.put("REDIS_URL", sentinel.url());
                yield sentinel;
            }
        };
        List<RunningWaitingRoom> started = new ArrayList<>();
        try {
            environment.put("PORT", "0");
            environment.put("HOST", "127.0.0.1");
            // nothing is in flight when a run ends: no reason to wait the production grace period
            environment.put("SHUTDOWN_GRACE_SEC", "1");
            // a run sends thousands of requests: their access lines would bury the scenarios' summary
            environment.put("ACCESS_LOG", "off");
            // the scenarios read the seat map right after a change, through any gateway: no seat map cache
            environment.put("SEAT_MAP_MAX_AGE_MS", "0");
            environment.put("WAITING_ROOM_ADMIN_TOKEN", adminToken);
            List<URI> addresses = new ArrayList<>();
            for (int i = 0; i < store.gateways(); i++) {
                var gateway = WaitingRoomApplication.start(Settings.fromEnvironment(environment));
                started.add(gateway);
                addresses.add(URI.create("http://127.0.0.1:" + gateway.port()));
            }
            return new RunningDeployment(store, redis, Map.copyOf(environment), started, addresses,
                    new WaitingRoomClient(addresses, adminToken));
        } catch (RuntimeException | Error e) {
            closeAll(started, redis, e);
            throw e;
        }
    }

    WaitingRoomClient client() {
        return client;
    }

    Store store() {
        return store;
    }

    /** Where one gateway listens (0-based), stopped or not. */
    URI address(int gateway) {
        return addresses.get(gateway);
    }

    /** Stops one gateway, as an operator would, leaving the store and the other gateways running. */
    synchronized void stopGateway(int gateway) {
        RunningWaitingRoom running = gateways.get(gateway);
        if (running == null) {
            throw new IllegalStateException("gateway " + gateway + " is stopped already");
        }
        gateways.set(gateway, null);
        running.close();
    }

    /**
     * Starts a new gateway in place of a stopped one, from the same settings and on the same port, so
     * that whoever talked to the old one finds the new one at the same address. Only a store outside
     * the gateway (Redis) still holds the queue then: an in-memory store starts empty.
     */
    synchronized void startGatewayAgain(int gateway) {
        if (gateways.get(gateway) != null) {
            throw new IllegalStateException("gateway " + gateway + " is running");
        }
        Map<String, String> samePort = new HashMap<>(environment);
        samePort.put("PORT", String.valueOf(addresses.get(gateway).getPort()));
        gateways.set(gateway, WaitingRoomApplication.start(Settings.fromEnvironment(samePort)));
    }

    @Override
    public String toString() {
        return store + " (" + addresses.size() + " gateway" + (addresses.size() == 1 ? "" : "s") + ")";
    }

    @Override
    public synchronized void close() {
        if (redis instanceof RedisClusterFixture cluster) {
            // the scenarios' events have random ids: this shows they landed on every primary
            System.out.println("[acceptance] keys on each primary of the cluster: " + cluster.primaries().stream()
                    .map(node -> node.port() + "=" + cluster.ask(node, "DBSIZE")).toList());
        }
        closeAll(gateways, redis, null);
    }

    // the gateways first, so that none is left talking to a store that is gone
    private static void closeAll(List<RunningWaitingRoom> gateways, AutoCloseable redis, Throwable failure) {
        List<AutoCloseable> all = new ArrayList<>();
        gateways.stream().filter(Objects::nonNull).forEach(gateway -> all.add(gateway::close));
        if (redis != null) {
            all.add(redis);
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
