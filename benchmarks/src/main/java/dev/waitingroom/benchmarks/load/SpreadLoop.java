package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop over several gateways ({@link HttpTraffic}, connection c to gateway c mod n), measured with each
 * process's CPU ({@link CpuMeter}) and each redis-server's own {@code INFO} ({@link RedisInfo}) around it, so that
 * the cost per operation can be put on every gateway, primary, replica and the load client.
 */
final class SpreadLoop {

    private final List<InetSocketAddress> gateways;
    private final int connections;
    private final RedisBackend redis;
    private final CpuMeter cpu;

    SpreadLoop(List<InetSocketAddress> gateways, int connections, RedisBackend redis, CpuMeter cpu) {
        this.gateways = gateways;
        this.connections = connections;
        this.redis = redis;
        this.cpu = cpu;
    }

    /** Not measured: prints the rate, and answers the answers. */
    AnswerTally warmup(Requests requests, AtomicLong ids, Duration duration, String what) throws IOException, InterruptedException {
        if (!duration.isPositive()) {
            return new AnswerTally(requests.success());
        }
        try (HttpTraffic traffic = new HttpTraffic(gateways, requests, connections, ids)) {
            HttpTraffic.Result warmup = traffic.closedLoop(duration);
            print("    warm-up%s (not counted): %.1f s, %,.0f/s, answers %s", what, seconds(warmup.elapsed()),
                    warmup.successesPerSecond(), warmup.tally().answers());
            return warmup.tally();
        }
    }

    /** What a measured loop saw: the answers, each process's CPU time, and what each node ran meanwhile. */
    record Measured(HttpTraffic.Result result, Map<String, Duration> cpu, Map<RedisBackend.Node, RedisInfo> nodes) {
        long operations() {
            return result.tally().total();
        }
    }

    Measured measure(Requests requests, AtomicLong ids, Duration duration) throws IOException, InterruptedException {
        Map<RedisBackend.Node, RedisInfo> before = readAll();
        HttpTraffic.Result result;
        Map<String, Duration> used;
        try (HttpTraffic traffic = new HttpTraffic(gateways, requests, connections, ids)) {
            cpu.start();
            result = traffic.closedLoop(duration);
            used = cpu.usedSinceStart();
        }
        Map<RedisBackend.Node, RedisInfo> during = new LinkedHashMap<>();
        readAll().forEach((node, after) -> during.put(node, after.since(before.get(node))));
        return new Measured(result, used, during);
    }

    private Map<RedisBackend.Node, RedisInfo> readAll() {
        Map<RedisBackend.Node, RedisInfo> readings = new LinkedHashMap<>();
        redis.nodes().forEach(node -> readings.put(node, RedisInfo.of(node.sync())));
        return readings;
    }

    /** Rate, latency, answers, then the CPU of every process and of each kind, and each node's commands. */
    static void print(Measured measured, String operation) {
        AnswerTally tally = measured.result().tally();
        print("    %,.0f %ss/s (success answers); latency ms p50 %.3f p95 %.3f p99 %.3f max %.3f; answers %s",
                measured.result().successesPerSecond(), operation, tally.percentileMillis(50), tally.percentileMillis(95),
                tally.percentileMillis(99), tally.maxMillis(), tally.answers());
        double wallMicros = measured.result().elapsed().toNanos() / 1e3;
        long operations = Math.max(1, measured.operations());
        print("    cpu per process (share of a core, µs per %s):", operation);
        Map<String, Double> kinds = new TreeMap<>(); // "gateway 2" is of kind "gateway"
        Map<String, Integer> members = new TreeMap<>();
        measured.cpu().forEach((name, used) -> {
            double micros = used.toNanos() / 1e3;
            print("      %-16s %4.0f%%  %6.1f µs", name, 100 * micros / wallMicros, micros / operations);
            String kind = name.replaceAll(" \\d+$", "");
            kinds.merge(kind, micros / operations, Double::sum);
            members.merge(kind, 1, Integer::sum);
        });
        StringBuilder sums = new StringBuilder();
        kinds.forEach((kind, micros) -> sums.append(String.format(Locale.ROOT, "%s%s %.1f µs, ", kind,
                members.get(kind) > 1 ? " x" + members.get(kind) : "", micros)));
        print("    cpu per %s by kind: %sall processes %.1f µs", operation, sums,
                kinds.values().stream().mapToDouble(Double::doubleValue).sum());
        print("    each redis-server's commands per %s (INFO commandstats; its own CPU from INFO cpu):", operation);
        measured.nodes().forEach((node, info) -> print("      %s: %,d evalsha (%.2f per %s), %.1f µs CPU per %s; %s",
                node.name(), info.commands().getOrDefault("evalsha", new RedisInfo.CommandCounts(0, 0)).calls(),
                (double) info.commands().getOrDefault("evalsha", new RedisInfo.CommandCounts(0, 0)).calls() / operations,
                operation, (double) info.cpuMicros() / operations, operation, info.describe(operations, operation, 4)));
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
