package dev.waitingroom.benchmarks.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knobs of {@link ClusterLoadBenchmark}: its own few, and every other {@code key=value} as {@link LoadSettings}
 * takes it (clients, warm-up and measured seconds, status entries, gateway jar and JVM, ...), so both benchmarks
 * share their defaults. Only the join and status phases run here; {@code phases=join} picks one.
 *
 * @param backends in the order they run: {@code cluster} (3 primaries, 3 replicas), {@code single} (one redis-server)
 * @param gateways gateway processes on each backend
 * @param events   events the joins, and then the status calls, are spread over
 */
record ClusterLoadSettings(List<String> backends, int gateways, int events, String redisCli, LoadSettings load) {

    static final Map<String, String> DEFAULTS = Map.of(
            "backends", "cluster,single",
            "gateways", "3",
            "events", "30",
            "redis.cli", "/usr/bin/redis-cli");

    ClusterLoadSettings {
        backends = List.copyOf(backends);
        if (backends.isEmpty() || backends.stream().anyMatch(backend -> !backend.equals("cluster") && !backend.equals("single"))
                || gateways < 1 || events < 1 || events > 999 || load.runs(LoadSettings.Phase.CEILING)
                || load.runs(LoadSettings.Phase.STEP) || load.runs(LoadSettings.Phase.HOLD)) {
            throw new IllegalArgumentException("settings out of range (backends: cluster and/or single; phases: join and/or status): "
                    + backends + ", gateways=" + gateways + ", events=" + events + ", phases=" + load.phases());
        }
    }

    static ClusterLoadSettings from(String... arguments) {
        Map<String, String> own = new HashMap<>(DEFAULTS);
        List<String> rest = new ArrayList<>(List.of("phases=join,status")); // a later phases= overrides it
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals > 0 && DEFAULTS.containsKey(argument.substring(0, equals))) {
                own.put(argument.substring(0, equals), argument.substring(equals + 1));
            } else {
                rest.add(argument);
            }
        }
        return new ClusterLoadSettings(List.of(own.get("backends").split(",")), Integer.parseInt(own.get("gateways")),
                Integer.parseInt(own.get("events")), own.get("redis.cli"), LoadSettings.from(rest.toArray(String[]::new)));
    }
}
