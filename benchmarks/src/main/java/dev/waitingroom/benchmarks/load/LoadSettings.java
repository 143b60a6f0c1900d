package dev.waitingroom.benchmarks.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knobs of one run, from {@code key=value} arguments; every one has a default, so the bare command
 * reproduces the documented run.
 */
record LoadSettings(
        int clients,
        long ceilingRequests,
        Duration warmup,
        Duration gatewayDuration,
        int ratePerSecond,
        Duration rateDuration,
        int rateConnections,
        String redisServer,
        String redisBenchmark,
        String gatewayJar,
        List<String> gatewayJvm) {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("clients", "50"),
            Map.entry("ceiling.requests", "200000"),
            Map.entry("warmup.seconds", "30"),
            Map.entry("gateway.seconds", "20"),
            Map.entry("rate", "10000"),
            Map.entry("rate.seconds", "20"),
            Map.entry("rate.connections", "128"),
            Map.entry("redis.server", "/usr/bin/redis-server"),
            Map.entry("redis.benchmark", "/usr/bin/redis-benchmark"),
            // relative to the benchmarks module, where the load benchmark runs
            Map.entry("gateway.jar", "../bootstrap/target/waiting-room.jar"),
            Map.entry("gateway.jvm", "-Xms1g -Xmx1g -XX:+UseZGC"));

    LoadSettings {
        if (clients < 1 || ceilingRequests < clients || ratePerSecond < 1 || rateConnections < 1
                || warmup.isNegative() || gatewayDuration.isZero() || rateDuration.toSeconds() < 1) {
            throw new IllegalArgumentException("settings out of range: " + this);
        }
    }

    static LoadSettings from(String... arguments) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            String key = equals < 0 ? argument : argument.substring(0, equals);
            if (equals < 0 || !DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown argument '" + argument + "'; known (key=value): " + Set.copyOf(DEFAULTS.keySet()));
            }
            values.put(key, argument.substring(equals + 1));
        }
        return new LoadSettings(
                Integer.parseInt(values.get("clients")),
                Long.parseLong(values.get("ceiling.requests")),
                Duration.ofSeconds(Long.parseLong(values.get("warmup.seconds"))),
                Duration.ofSeconds(Long.parseLong(values.get("gateway.seconds"))),
                Integer.parseInt(values.get("rate")),
                Duration.ofSeconds(Long.parseLong(values.get("rate.seconds"))),
                Integer.parseInt(values.get("rate.connections")),
                values.get("redis.server"),
                values.get("redis.benchmark"),
                values.get("gateway.jar"),
                List.of(values.get("gateway.jvm").trim().split("\\s+")));
    }
}
