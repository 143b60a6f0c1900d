package dev.waitingroom.benchmarks.load;

import dev.waitingroom.domain.queue.QueuePolicy;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 12's load benchmark: several gateways (3 by default) on a fresh Redis Cluster of 3 primaries and 3
 * replicas, then, for comparison in the same session, the same gateways and load on one fresh redis-server.
 * On each: joins spread round-robin over the gateways' connections and over the events, whose ids fall evenly
 * on the primaries ({@link SpreadJoinPhase}), then status calls spread the same way ({@link SpreadStatusPhase}).
 * CPU is reported per operation for every process: each gateway, each redis-server, the load client.
 *
 * <p>Arguments are {@code key=value}; see {@link ClusterLoadSettings}. Everything listens and connects on
 * 127.0.0.1 only, every phase is bounded in time, and every process started is stopped, also on failure.
 */
public final class ClusterLoadBenchmark {

    private static final int HUGE_PER_USER_LIMIT = QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER;
    /** The gateway's default, set explicitly, so that the fills of the status phase write the same TTL. */
    private static final Duration IDEMPOTENCY_TTL = Duration.ofDays(1);

    private ClusterLoadBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        ClusterLoadSettings settings = ClusterLoadSettings.from(arguments);
        SpreadLoop.print("settings: %s", settings);
        SpreadLoop.print("machine: %d processors; %s", Runtime.getRuntime().availableProcessors(), ZonedDateTime.now());
        List<String> warmupEvents = EventSpread.ids("warmup-", settings.events(), LocalRedisCluster.PRIMARIES);
        List<String> joinEvents = EventSpread.ids("join-", settings.events(), LocalRedisCluster.PRIMARIES);
        List<String> statusEvents = EventSpread.ids("status-", settings.events(), LocalRedisCluster.PRIMARIES);
        for (String backend : settings.backends()) {
            SpreadLoop.print("%n===== %s: load average %s", backend, JoinLoadBenchmark.loadAverage());
            try (RedisBackend redis = backend.equals("cluster")
                    ? RedisBackend.cluster(settings.load().redisServer(), settings.redisCli(), settings.load().redisOptions())
                    : RedisBackend.single(settings.load().redisServer(), settings.load().redisOptions())) {
                runOn(redis, backend, settings, List.of(warmupEvents, joinEvents, statusEvents));
            }
            SpreadLoop.print("===== %s done: load average %s", backend, JoinLoadBenchmark.loadAverage());
        }
    }

    /** @param events the warm-up's, the measured joins' and the status calls' */
    private static void runOn(RedisBackend redis, String backend, ClusterLoadSettings settings, List<List<String>> events)
            throws Exception {
        SpreadLoop.print("redis: %s (fresh, no persistence)", redis.description());
        redis.nodes().forEach(node -> SpreadLoop.print("    %s", redis.describe(node)));
        events.forEach(some -> printOwners(redis, some));

        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String adminToken = HexFormat.of().formatHex(secret);
        Map<String, String> environment = new HashMap<>(redis.gatewayEnvironment());
        environment.putAll(Map.of("WAITING_ROOM_ADMIN_TOKEN", adminToken,
                "IDEMPOTENCY_TTL_SEC", Long.toString(IDEMPOTENCY_TTL.toSeconds()), "FEATURE_STREAMS_QUEUE", Boolean.toString(settings.load().streams())));
        String logs = Path.of("target", "cluster-load-" + backend + "-gateway").toString();
        try (GatewayFleet gateways = GatewayFleet.start(settings.gateways(), Path.of(settings.load().gatewayJar()),
                settings.load().gatewayJvm(), environment, logs)) {
            Map<String, Long> pids = new TreeMap<>(gateways.pids());
            SpreadLoop.print("gateways: %s on ports %s, %s -jar %s; output in %s-<n>.log", pids,
                    gateways.addresses().stream().map(InetSocketAddress::getPort).toList(),
                    String.join(" ", settings.load().gatewayJvm()), settings.load().gatewayJar(), logs);
            redis.nodes().forEach(node -> pids.put(node.name(), node.pid()));
            pids.put("load client", ProcessHandle.current().pid());

            GatewayAdmin admin = new GatewayAdmin(gateways.first().port(), adminToken);
            InetSocketAddress host = gateways.addresses().getFirst();
            LoadSettings load = settings.load();
            if (load.runs(LoadSettings.Phase.JOIN)) {
                SpreadLoop joinLoop = new SpreadLoop(gateways.addresses(), load.clients(), redis, new CpuMeter(pids));
                new SpreadJoinPhase(load, redis, admin, host, joinLoop).run(events.get(0), events.get(1), HUGE_PER_USER_LIMIT);
            }
            if (load.runs(LoadSettings.Phase.STATUS)) {
                SpreadLoop statusLoop = new SpreadLoop(gateways.addresses(), load.statusConnections(), redis, new CpuMeter(pids));
                new SpreadStatusPhase(load, redis, admin, host, statusLoop, new JoinScript.Options(IDEMPOTENCY_TTL.toMillis(), load.streams()))
                        .run(events.get(2), HUGE_PER_USER_LIMIT);
            }
        }
    }

    /** How many of the events each primary owns, as the backend itself says ({@code CLUSTER KEYSLOT}, {@code CLUSTER NODES}). */
    private static void printOwners(RedisBackend redis, List<String> events) {
        Map<String, Integer> owned = new LinkedHashMap<>();
        redis.primaries().forEach(primary -> owned.put(primary.name(), 0));
        events.forEach(event -> owned.merge(redis.owner(event).name(), 1, Integer::sum));
        SpreadLoop.print("events %s .. %s per primary: %s", events.getFirst(), events.getLast(), owned);
    }
}
