package dev.waitingroom.benchmarks.load;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How much CPU each process of a run took during one phase, as a share of one core and per operation, from
 * the operating system's own accounting. On a machine where all of them share two cores, this says who
 * had the cores.
 */
final class CpuMeter {

    private final Map<String, Long> pids;
    private final Map<String, Duration> atStart = new TreeMap<>();
    private long startNanos;

    CpuMeter(Map<String, Long> pids) {
        this.pids = new TreeMap<>(pids);
    }

    void start() {
        atStart.clear();
        pids.forEach((name, pid) -> atStart.put(name, cpuOf(pid)));
        startNanos = System.nanoTime();
    }

    /** e.g. {@code gateway 81% of a core (68 µs per join), ...} for {@code stop(n, "join")}. */
    String stop(long operations, String operation) {
        double wallNanos = System.nanoTime() - startNanos;
        StringJoiner text = new StringJoiner(", ");
        pids.forEach((name, pid) -> {
            double used = cpuOf(pid).minus(atStart.get(name)).toNanos();
            text.add(String.format(Locale.ROOT, "%s %.0f%% of a core (%.0f µs per %s)",
                    name, 100 * used / wallNanos, operations == 0 ? 0 : used / 1_000 / operations, operation));
        });
        return text.toString();
    }

    /** e.g. {@code gateway 8% of a core, ...}: for a stretch with no operations to divide by, such as idling. */
    String stop() {
        double wallNanos = System.nanoTime() - startNanos;
        StringJoiner text = new StringJoiner(", ");
        pids.forEach((name, pid) -> text.add(String.format(Locale.ROOT, "%s %.1f%% of a core",
                name, 100 * cpuOf(pid).minus(atStart.get(name)).toNanos() / wallNanos)));
        return text.toString();
    }

    /** Each process's CPU time since {@link #start()}, for sums over groups of processes; read right after a stop. */
    Map<String, Duration> usedSinceStart() {
        Map<String, Duration> used = new TreeMap<>();
        pids.forEach((name, pid) -> used.put(name, cpuOf(pid).minus(atStart.get(name))));
        return used;
    }

    private static Duration cpuOf(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
    }
}
