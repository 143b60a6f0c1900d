package dev.waitingroom.benchmarks.load;

import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What redis-server says about itself through {@code INFO}, read at the start and the end of a phase:
 * its CPU time to the microsecond ({@code INFO cpu}, the process's own rusage), the memory it holds, and
 * per command how often it ran and for how long ({@code INFO commandstats}). Commands a script calls are
 * counted under their own names as well as inside the script's {@code evalsha}, so the calls of each
 * command per operation show what a script does, and {@code evalsha}'s time what it costs.
 *
 * @param cpuMicros   used_cpu_user + used_cpu_sys, in µs
 * @param memoryBytes used_memory
 * @param commands    command name (lower case, as Redis prints it) to its counters
 */
record RedisInfo(long cpuMicros, long memoryBytes, Map<String, CommandCounts> commands) {

    /** @param micros the time the command took inside Redis, summed over its calls */
    record CommandCounts(long calls, long micros) {
    }

    RedisInfo {
        commands = Map.copyOf(commands);
    }

    static RedisInfo of(RedisCommands<String, String> redis) {
        return parse(redis.info("cpu") + "\n" + redis.info("memory") + "\n" + redis.info("commandstats"));
    }

    /** Reads the text of {@code INFO cpu}, {@code INFO memory} and {@code INFO commandstats}, in any order. */
    static RedisInfo parse(String info) {
        double cpuSeconds = 0;
        long memory = 0;
        Map<String, CommandCounts> commands = new HashMap<>();
        for (String line : info.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.startsWith("#")) {
                continue;
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "used_cpu_user", "used_cpu_sys" -> cpuSeconds += Double.parseDouble(value);
                case "used_memory" -> memory = Long.parseLong(value);
                default -> {
                    if (name.startsWith("cmdstat_")) {
                        commands.put(name.substring("cmdstat_".length()), counts(value));
                    }
                }
            }
        }
        return new RedisInfo(Math.round(cpuSeconds * 1e6), memory, commands);
    }

    /** {@code calls=12,usec=345,usec_per_call=28.75,rejected_calls=0,failed_calls=0} */
    private static CommandCounts counts(String fields) {
        long calls = 0;
        long micros = 0;
        for (String field : fields.split(",")) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                continue;
            }
            switch (field.substring(0, equals)) {
                case "calls" -> calls = Long.parseLong(field.substring(equals + 1));
                case "usec" -> micros = Long.parseLong(field.substring(equals + 1));
                default -> {
                    // per-call average, rejected and failed calls: not used
                }
            }
        }
        return new CommandCounts(calls, micros);
    }

    /**
     * What happened between {@code earlier} and this reading; commands that did not run are left out, and
     * so are the readings' own {@code INFO} calls.
     */
    RedisInfo since(RedisInfo earlier) {
        Map<String, CommandCounts> ran = new HashMap<>();
        commands.forEach((name, now) -> {
            if (name.equals("info")) {
                return;
            }
            CommandCounts before = earlier.commands.getOrDefault(name, new CommandCounts(0, 0));
            if (now.calls() > before.calls()) {
                ran.put(name, new CommandCounts(now.calls() - before.calls(), now.micros() - before.micros()));
            }
        });
        return new RedisInfo(cpuMicros - earlier.cpuMicros, memoryBytes - earlier.memoryBytes, ran);
    }

    /**
     * The commands that took the most time, each as calls per operation and µs per call, e.g.
     * {@code evalsha 1.00/join 38.2 µs, zadd 2.00/join 1.9 µs, ...} for {@code describe(n, "join", 8)}.
     */
    String describe(long operations, String operation, int most) {
        List<Map.Entry<String, CommandCounts>> ranked = new ArrayList<>(commands.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, CommandCounts> entry) -> entry.getValue().micros()).reversed()
                .thenComparing(Map.Entry::getKey));
        StringJoiner text = new StringJoiner(", ");
        for (Map.Entry<String, CommandCounts> entry : ranked.subList(0, Math.min(most, ranked.size()))) {
            CommandCounts counts = entry.getValue();
            text.add(String.format(Locale.ROOT, "%s %.2f/%s %.1f µs", entry.getKey(),
                    operations == 0 ? 0 : (double) counts.calls() / operations, operation,
                    counts.calls() == 0 ? 0 : (double) counts.micros() / counts.calls()));
        }
        return text.toString();
    }
}
