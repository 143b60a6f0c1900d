package dev.waitingroom.failover;

import dev.waitingroom.bootstrap.RunningWaitingRoom;
import dev.waitingroom.bootstrap.Settings;
import dev.waitingroom.bootstrap.WaitingRoomApplication;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Three gateways started from the same settings, in front of the same store, as production would run them. */
final class Gateways implements AutoCloseable {

    static final int COUNT = 3;

    private final List<RunningWaitingRoom> running = new ArrayList<>();
    private final List<URI> addresses = new ArrayList<>();
    private final String adminToken = "failover-" + UUID.randomUUID();

    Gateways(FailingStore store, String durability, Duration redisTimeout) {
        Map<String, String> environment = new HashMap<>(store.gatewaySettings());
        environment.put("PORT", "0");
        environment.put("HOST", "127.0.0.1");
        environment.put("SHUTDOWN_GRACE_SEC", "1");
        environment.put("ACCESS_LOG", "off");
        // the audit reads the seat map right after the load: no cached copy
        environment.put("SEAT_MAP_MAX_AGE_MS", "0");
        environment.put("WAITING_ROOM_ADMIN_TOKEN", adminToken);
        environment.put("REDIS_TIMEOUT_MS", String.valueOf(redisTimeout.toMillis()));
        environment.put("REDIS_DURABILITY", durability);
        try {
            for (int i = 0; i < COUNT; i++) {
                RunningWaitingRoom gateway = WaitingRoomApplication.start(Settings.fromEnvironment(environment));
                running.add(gateway);
                addresses.add(URI.create("http://127.0.0.1:" + gateway.port()));
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    List<URI> addresses() {
        return List.copyOf(addresses);
    }

    String adminToken() {
        return adminToken;
    }

    /** Every gateway, even when one fails to stop. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (RunningWaitingRoom gateway : running) {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        running.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
