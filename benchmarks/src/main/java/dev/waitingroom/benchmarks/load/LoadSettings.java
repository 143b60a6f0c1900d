package dev.waitingroom.benchmarks.load;

import java.time.Duration;
import java.util.HashMap;
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
        String redisBenchmark) {

    static final Map<String, String> DEFAULTS = Map.of(
            "clients", "50",
            "ceiling.requests", "200000",
            "warmup.seconds", "10",
            "gateway.seconds", "20",
            "rate", "10000",
            "rate.seconds", "20",
            "rate.connections", "128",
            "redis.server", "/usr/bin/redis-server",
            "redis.benchmark", "/usr/bin/redis-benchmark");

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
                values.get("redis.benchmark"));
    }
}
