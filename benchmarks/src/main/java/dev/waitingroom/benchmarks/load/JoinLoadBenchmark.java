package dev.waitingroom.benchmarks.load;

import dev.waitingroom.benchmarks.load.LoadSettings.Phase;
import dev.waitingroom.domain.queue.QueuePolicy;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark, start to end in one run against one fresh redis-server on a loopback port:
 * (a) the unpipelined ceiling of the join script (redis-benchmark, then Lettuce), (b) the gateway's
 * closed-loop join throughput, (c) its join latency at a constant offered rate, (d) the ratio of gateway to
 * ceiling, (e) status calls over a full queue while admission runs, (f) the admission step's cost in
 * Redis, (g) seat holds and confirms through the gateway and (h) the cost of releasing holds that ran out.
 * {@code phases=} picks some of them (ceiling, join, status, step, hold: g and h).
 *
 * <p>Arguments are {@code key=value}; see {@link LoadSettings#DEFAULTS}. Every phase is bounded in count
 * or time, and everything listens and connects on 127.0.0.1 only.
 */
public final class JoinLoadBenchmark {

    /** Every join comes from a new user anyway; the largest limit the API takes rules the limit out entirely. */
    /** The longest silence an event allows (a day): the join phases' entries outlive the run. */
    private static final long KEEP_JOINED_SECONDS = 86_400;

    private static final int HUGE_PER_USER_LIMIT = QueuePolicy.LIMIT_OF_MAX_ENTRIES_PER_USER;
    private static final Duration CEILING_TIME_LIMIT = Duration.ofMinutes(5);
    private static final Duration LATE_SEND_GRACE = Duration.ofSeconds(30);
    /** The gateway's default, passed to it explicitly so that the ceiling and the fills write the same TTL. */
    private static final Duration IDEMPOTENCY_TTL = Duration.ofDays(1);
    private static final Path GATEWAY_LOG = Path.of("target", "join-load-gateway.log");
    private static final Path GATEWAY_GC_LOG = Path.of("target", "join-load-gateway-gc.log");
    private static final String[] JOIN_EVENTS = {"ceiling-redis-benchmark", "ceiling-one-connection", "ceiling-lettuce-warmup",
            "ceiling-lettuce", "warmup", "closed-loop", "constant-rate"};

    private JoinLoadBenchmark() {
    }

    /** The ceilings, for (d). */
    private record Ceilings(double redisBenchmark, double oneConnection, double lettuce) {
    }

    public static void main(String[] arguments) throws Exception {
        LoadSettings settings = LoadSettings.from(arguments);
        print("settings: %s", settings);
        print("machine: %d processors, load average %s", Runtime.getRuntime().availableProcessors(), loadAverage());
        try (LocalRedisServer redis = LocalRedisServer.start(settings.redisServer(), settings.redisOptions())) {
            print("redis-server: %s (fresh, no persistence)", redis.url());
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect();
                 StatefulRedisConnection<String, String> fillConnection = client.connect()) {
                String sha = connection.sync().scriptLoad(JoinScript.source());
                PipelinedJoins joins = new PipelinedJoins(fillConnection, sha, joinOptions(settings));
                AdmissionStepPhase steps = new AdmissionStepPhase(settings, HUGE_PER_USER_LIMIT);
                Optional<HoldExpiryPhase> expiry = runWithGateway(settings, sha, redis, connection.sync(), joins, steps);
                if (settings.runs(Phase.STEP)) {
                    steps.run(redis.url(), connection.sync(), joins);
                }
                if (expiry.isPresent()) {
                    expiry.get().runAfterGateway(redis.url());
                }
            } finally {
                client.shutdown();
            }
        }
    }

    /** Every phase that needs the gateway; answers the hold expiry phase, whose second part runs once the gateway has stopped. */
    private static Optional<HoldExpiryPhase> runWithGateway(LoadSettings settings, String sha, LocalRedisServer redis,
                                                            RedisCommands<String, String> commands, PipelinedJoins joins,
                                                            AdmissionStepPhase steps) throws Exception {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String adminToken = HexFormat.of().formatHex(secret);
        // The flag's starting value: this redis-server is fresh, so the gateway seeds it and every join asks it.
        Map<String, String> gatewayEnvironment = Map.of("REDIS_URL", redis.url(), "WAITING_ROOM_ADMIN_TOKEN", adminToken,
                "IDEMPOTENCY_TTL_SEC", Long.toString(IDEMPOTENCY_TTL.toSeconds()),
                "FEATURE_STREAMS_QUEUE", Boolean.toString(settings.streams()));
        List<String> gatewayJvm = new ArrayList<>(settings.gatewayJvm());
        gatewayJvm.add("-Xlog:gc:file=" + GATEWAY_GC_LOG);
        try (GatewayProcess gateway = GatewayProcess.start(Path.of(settings.gatewayJar()), gatewayJvm, gatewayEnvironment, GATEWAY_LOG)) {
            print("gateway: http://127.0.0.1:%d, its own JVM (pid %d): %s -jar %s; output in %s, GC log in %s",
                    gateway.port(), gateway.pid(), String.join(" ", settings.gatewayJvm()), settings.gatewayJar(), GATEWAY_LOG, GATEWAY_GC_LOG);
            GatewayAdmin admin = new GatewayAdmin(gateway.port(), adminToken);
            if (settings.runs(Phase.CEILING) || settings.runs(Phase.JOIN)) {
                // Before the status, hold or step phases, the join phases' entries must not go silent and be dropped
                // while those phases measure (run AA in docs/benchmarks.md was); older jars know only the limit.
                boolean admissionFollows = settings.runs(Phase.STATUS) || settings.runs(Phase.STEP) || settings.runs(Phase.HOLD);
                for (String event : JOIN_EVENTS) {
                    if (admissionFollows) {
                        admin.configure(event, "{\"max_entries_per_user\": " + HUGE_PER_USER_LIMIT
                                + ", \"abandon_after_sec\": " + KEEP_JOINED_SECONDS + "}");
                    } else {
                        admin.openEvent(event, HUGE_PER_USER_LIMIT);
                    }
                }
            }
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", gateway.port());
            CpuMeter cpu = new CpuMeter(Map.of("gateway", gateway.pid(), "redis-server", redis.pid(), "load client", ProcessHandle.current().pid()));

            Ceilings ceilings = settings.runs(Phase.CEILING) ? ceilings(settings, sha, redis, commands) : null;
            if (settings.runs(Phase.JOIN)) {
                double throughput = joins(settings, address, commands, cpu);
                if (ceilings != null) {
                    print("%n[d] gateway / unpipelined ceiling: %.2fx of redis-benchmark with %d clients, %.2fx of redis-benchmark"
                                    + " with one connection, %.2fx of Lettuce",
                            throughput / ceilings.redisBenchmark(), settings.clients(), throughput / ceilings.oneConnection(),
                            throughput / ceilings.lettuce());
                }
            }
            if (settings.runs(Phase.STATUS)) {
                new StatusPollPhase(settings, admin, address, commands, joins, cpu).run(HUGE_PER_USER_LIMIT);
            }
            Optional<HoldExpiryPhase> expiry = Optional.empty();
            if (settings.runs(Phase.HOLD)) {
                HoldEvent events = new HoldEvent(admin, address, commands, joins, HUGE_PER_USER_LIMIT, settings.holdSeats(),
                        settings.holdConnections());
                new SeatHoldPhase(settings, events, admin, address, commands, cpu).run();
                expiry = Optional.of(new HoldExpiryPhase(settings, events, admin, address, commands, cpu));
                expiry.get().runWithGateway();
            }
            if (settings.runs(Phase.STEP)) {
                steps.configure(admin);
            }
            return expiry;
        }
    }

    /** (a) */
    private static Ceilings ceilings(LoadSettings settings, String sha, LocalRedisServer redis, RedisCommands<String, String> commands)
            throws Exception {
        JoinScript.Options options = joinOptions(settings);
        print("%n[a] unpipelined ceiling: join.lua by EVALSHA, %d clients, one request in flight each", settings.clients());
        var benchmarkTool = new RedisBenchmarkCeiling(settings.redisBenchmark(), redis).run(
                sha, "ceiling-redis-benchmark", settings.clients(), settings.ceilingRequests(), options,
                CEILING_TIME_LIMIT.toSeconds());
        long benchmarkToolJoined = commands.zcard(JoinScript.queueKey("ceiling-redis-benchmark"));
        print("    redis-benchmark -P 1: %,.0f joins/s (%,d of %,d requests took a place)%n    %s",
                benchmarkTool.requestsPerSecond(), benchmarkToolJoined, settings.ceilingRequests(),
                benchmarkTool.csv().replace("\n", "\n    "));
        requireAllJoined("redis-benchmark", benchmarkToolJoined, settings.ceilingRequests());

        // The strict reading of "unpipelined": one connection, one command in flight at any time, so every
        // join pays a whole round trip. The gateway may beat this only by pipelining concurrent callers.
        long oneConnectionRequests = settings.ceilingRequests() / 4;
        var oneConnection = new RedisBenchmarkCeiling(settings.redisBenchmark(), redis).run(
                sha, "ceiling-one-connection", 1, oneConnectionRequests, options, CEILING_TIME_LIMIT.toSeconds());
        long oneConnectionJoined = commands.zcard(JoinScript.queueKey("ceiling-one-connection"));
        print("    redis-benchmark -P 1 -c 1: %,.0f joins/s (%,d of %,d requests took a place)",
                oneConnection.requestsPerSecond(), oneConnectionJoined, oneConnectionRequests);
        requireAllJoined("redis-benchmark -c 1", oneConnectionJoined, oneConnectionRequests);

        // The same client code runs first on a throw-away event, so the JIT has compiled it when it counts.
        new LettuceCeiling(commands).run(sha, "ceiling-lettuce-warmup", settings.clients(), settings.ceilingRequests() / 4,
                options, CEILING_TIME_LIMIT);
        var lettuce = new LettuceCeiling(commands).run(
                sha, "ceiling-lettuce", settings.clients(), settings.ceilingRequests(), options, CEILING_TIME_LIMIT);
        print("    Lettuce, %d virtual threads, one connection: %,.0f joins/s (%,d joined, %,d not, in %.1f s)",
                settings.clients(), lettuce.joinsPerSecond(), lettuce.joined(), lettuce.notJoined(), seconds(lettuce.elapsed()));
        requireAllJoined("Lettuce", lettuce.joined(), settings.ceilingRequests());
        return new Ceilings(benchmarkTool.requestsPerSecond(), oneConnection.requestsPerSecond(), lettuce.joinsPerSecond());
    }

    /** The warm-up, (b) and (c); answers (b)'s joins per second. */
    private static double joins(LoadSettings settings, InetSocketAddress address, RedisCommands<String, String> commands, CpuMeter cpu)
            throws Exception {
        if (settings.warmup().isPositive()) {
            try (HttpTraffic traffic = new HttpTraffic(address, new JoinRequests(address, "warmup"), settings.clients(), new AtomicLong())) {
                var warmup = traffic.closedLoop(settings.warmup());
                print("%n    warm-up (not counted): %.1f s, %,.0f joins/s, answers %s",
                        seconds(warmup.elapsed()), warmup.successesPerSecond(), warmup.tally().answers());
            }
        }

        print("%n[b] gateway throughput: POST /api/v1/queue/join, %d closed-loop keep-alive clients, %d s",
                settings.clients(), settings.gatewayDuration().toSeconds());
        HttpTraffic.Result throughput;
        RedisInfo before = RedisInfo.of(commands);
        AtomicLong closedLoopPeople = new AtomicLong(); // request n joins user u<UniqueIds.of(n)>
        try (HttpTraffic traffic = new HttpTraffic(address, new JoinRequests(address, "closed-loop"), settings.clients(), closedLoopPeople)) {
            cpu.start();
            throughput = traffic.closedLoop(settings.gatewayDuration());
            print("    cpu: %s", cpu.stop(throughput.tally().total(), "join"));
        }
        RedisInfo during = RedisInfo.of(commands).since(before);
        print("    %,.0f joins/s; latency ms p50 %.3f p95 %.3f p99 %.3f max %.3f; answers %s; queue length in Redis %,d",
                throughput.successesPerSecond(), throughput.tally().percentileMillis(50), throughput.tally().percentileMillis(95),
                throughput.tally().percentileMillis(99), throughput.tally().maxMillis(), throughput.tally().answers(),
                commands.zcard(JoinScript.queueKey("closed-loop")));
        print("    redis commands per join: %s; used_memory %+,.0f bytes per join", during.describe(throughput.tally().total(), "join", 10),
                (double) during.memoryBytes() / throughput.tally().total());
        print("    person logs: %s", new PersonLogMemory(commands).measure("closed-loop", closedLoopPeople.get()).describe());

        print("%n[c] constant arrival rate: %,d joins/s offered for %d s over %d connections, latency from the intended start",
                settings.ratePerSecond(), settings.rateDuration().toSeconds(), settings.rateConnections());
        print("    load average before: %s", loadAverage());
        try (HttpTraffic traffic = new HttpTraffic(address, new JoinRequests(address, "constant-rate"), settings.rateConnections(), new AtomicLong())) {
            cpu.start();
            var rate = traffic.constantRate(settings.ratePerSecond(), settings.rateDuration(), LATE_SEND_GRACE);
            print("    cpu: %s", cpu.stop(rate.tally().total(), "join"));
            print("    achieved %,.0f joins/s; latency ms p50 %.3f p95 %.3f p99 %.3f max %.3f; non-202 %,d; not sent %,d; answers %s",
                    rate.achievedPerSecond(), rate.tally().percentileMillis(50), rate.tally().percentileMillis(95),
                    rate.tally().percentileMillis(99), rate.tally().maxMillis(), rate.tally().notSucceeded(), rate.notSent(),
                    rate.tally().answers());
        }
        print("    load average after: %s", loadAverage());
        return throughput.successesPerSecond();
    }

    /**
     * How this run's joins straight to Redis (ceilings, fills) call join.lua: they write the very keys the
     * gateway writes, and keep a person log exactly when the gateway's joins do.
     */
    private static JoinScript.Options joinOptions(LoadSettings settings) {
        return new JoinScript.Options(IDEMPOTENCY_TTL.toMillis(), settings.streams());
    }

    /** A ceiling measured on failing or repeated requests would be a wrong ceiling: stop rather than print it. */
    private static void requireAllJoined(String tool, long joined, long requests) throws IOException {
        // redis-benchmark's ids are random: allow the odd repeat (a Duplicate answer), never more.
        if (joined < requests * 999 / 1000) {
            throw new IOException(tool + ": only " + joined + " of " + requests + " requests joined; the ceiling is not a ceiling of joins");
        }
    }

    /** The 1, 5 and 15 minute load averages: anything else running on the machine shows up here. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
