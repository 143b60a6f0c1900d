package dev.waitingroom.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The knobs of one run, from {@code key=value} arguments; every one has a default, so the bare command
 * reproduces the documented run.
 */
record LoadSettings(
        Set<Phase> phases,
        int clients,
        long ceilingRequests,
        Duration warmup,
        Duration gatewayDuration,
        int ratePerSecond,
        Duration rateDuration,
        int rateConnections,
        long statusEntries,
        int statusConnections,
        Duration statusWarmup,
        Duration statusDuration,
        int statusAdmissionRate,
        List<Long> stepWaiting,
        int stepCount,
        int stepPacedCount,
        Duration stepInterval,
        int stepRate,
        int holdPeople,
        int holdWarmupPeople,
        int holdConnections,
        double holdContended,
        int holdHotSeats,
        int holdSeats,
        int expiryHolds,
        String redisServer,
        List<String> redisOptions,
        String redisBenchmark,
        String gatewayJar,
        List<String> gatewayJvm,
        boolean streams) {

    /** The parts of a run, in the order they run; {@code phases=} picks some of them. */
    enum Phase {
        /** (a) the unpipelined ceilings of join.lua */
        CEILING,
        /** warm-up, (b) closed-loop joins, (c) joins at a constant rate, and (d) when the ceilings ran */
        JOIN,
        /** (e) status calls over many waiting entries while admission runs */
        STATUS,
        /** (f) the admission step's Redis cost, after the gateway has stopped */
        STEP,
        /**
         * (g) seat holds and confirms through the gateway, and (h) the cost of releasing holds that ran out:
         * swept by the gateway's job, then by the Redis adapter's own call once the gateway has stopped
         */
        HOLD;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("phases", "ceiling,join,status,step,hold"),
            Map.entry("clients", "50"),
            Map.entry("ceiling.requests", "200000"),
            Map.entry("warmup.seconds", "30"),
            Map.entry("gateway.seconds", "20"),
            Map.entry("rate", "10000"),
            Map.entry("rate.seconds", "20"),
            Map.entry("rate.connections", "128"),
            Map.entry("status.entries", "100000"),
            Map.entry("status.connections", "64"),
            Map.entry("status.warmup.seconds", "30"),
            Map.entry("status.seconds", "20"),
            Map.entry("status.rate", "1000"),
            Map.entry("step.waiting", "100000,1000000"),
            Map.entry("step.count", "30"),
            Map.entry("step.paced.count", "100"),
            Map.entry("step.interval.ms", "100"),
            Map.entry("step.rate", "1000"),
            Map.entry("hold.people", "20000"),
            Map.entry("hold.warmup.people", "10000"),
            Map.entry("hold.connections", "50"),
            Map.entry("hold.contended", "0.05"),
            Map.entry("hold.hot.seats", "2000"),
            Map.entry("hold.seats", "100000"),
            Map.entry("expiry.holds", "10000"),
            Map.entry("redis.server", "/usr/bin/redis-server"),
            // further redis-server options, e.g. "--stream-node-max-bytes 512"
            Map.entry("redis.options", ""),
            Map.entry("redis.benchmark", "/usr/bin/redis-benchmark"),
            // relative to the benchmarks module, where the load benchmark runs
            Map.entry("gateway.jar", "../bootstrap/target/waiting-room.jar"),
            Map.entry("gateway.jvm", "-Xms1g -Xmx1g -XX:+UseZGC"),
            // on: every join keeps a person log (FEATURE_STREAMS_QUEUE=true for the gateway, and the joins sent
            // straight to Redis say so too); off: none does. The flag lives in Redis, and each run has a fresh one.
            Map.entry("streams", "off"));

    /** What the gateway's admin API takes (AdmissionPolicy): the step and status phases configure events with it. */
    private static final double MAX_ADMISSION_RATE = 100_000;
    /** SeatPolicy.MAX_SEATS_PER_EVENT: the most seats an event may have. */
    private static final int MAX_SEATS_PER_EVENT = 100_000;

    LoadSettings {
        // in the order they run, also when printed
        phases = phases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phases));
        stepWaiting = List.copyOf(stepWaiting);
        if (phases.isEmpty() || clients < 1 || ceilingRequests < clients || ratePerSecond < 1 || rateConnections < 1
                || warmup.isNegative() || gatewayDuration.isZero() || rateDuration.toSeconds() < 1
                || statusEntries < 1 || statusConnections < 1 || statusWarmup.isNegative() || statusDuration.toSeconds() < 1
                || statusAdmissionRate < 1 || statusAdmissionRate > MAX_ADMISSION_RATE
                || stepWaiting.isEmpty() || stepWaiting.stream().anyMatch(waiting -> waiting < 1)
                || stepCount < 1 || stepPacedCount < 1 || stepInterval.toMillis() < 1 || stepRate < 1 || stepRate > MAX_ADMISSION_RATE
                || holdPeople < 1 || holdWarmupPeople < 0 || holdConnections < 1 || !(holdContended >= 0 && holdContended <= 1)
                || holdHotSeats < SeatPicks.MOST_SEATS || holdSeats > MAX_SEATS_PER_EVENT || expiryHolds < 1
                || !SeatPicks.fits(Math.max(Math.max(holdPeople, holdWarmupPeople), expiryHolds), holdHotSeats, holdSeats)) {
            throw new IllegalArgumentException("settings out of range: " + this);
        }
    }

    boolean runs(Phase phase) {
        return phases.contains(phase);
    }

    static LoadSettings from(String... arguments) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            String key = equals < 0 ? argument : argument.substring(0, equals);
            if (equals < 0 || !DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown argument '" + argument + "'; known (key=value): " + new TreeSet<>(DEFAULTS.keySet()));
            }
            values.put(key, argument.substring(equals + 1));
        }
        return new LoadSettings(
                phases(values.get("phases")),
                Integer.parseInt(values.get("clients")),
                Long.parseLong(values.get("ceiling.requests")),
                Duration.ofSeconds(Long.parseLong(values.get("warmup.seconds"))),
                Duration.ofSeconds(Long.parseLong(values.get("gateway.seconds"))),
                Integer.parseInt(values.get("rate")),
                Duration.ofSeconds(Long.parseLong(values.get("rate.seconds"))),
                Integer.parseInt(values.get("rate.connections")),
                Long.parseLong(values.get("status.entries")),
                Integer.parseInt(values.get("status.connections")),
                Duration.ofSeconds(Long.parseLong(values.get("status.warmup.seconds"))),
                Duration.ofSeconds(Long.parseLong(values.get("status.seconds"))),
                Integer.parseInt(values.get("status.rate")),
                longs(values.get("step.waiting")),
                Integer.parseInt(values.get("step.count")),
                Integer.parseInt(values.get("step.paced.count")),
                Duration.ofMillis(Long.parseLong(values.get("step.interval.ms"))),
                Integer.parseInt(values.get("step.rate")),
                Integer.parseInt(values.get("hold.people")),
                Integer.parseInt(values.get("hold.warmup.people")),
                Integer.parseInt(values.get("hold.connections")),
                Double.parseDouble(values.get("hold.contended")),
                Integer.parseInt(values.get("hold.hot.seats")),
                Integer.parseInt(values.get("hold.seats")),
                Integer.parseInt(values.get("expiry.holds")),
                values.get("redis.server"),
                words(values.get("redis.options")),
                values.get("redis.benchmark"),
                values.get("gateway.jar"),
                words(values.get("gateway.jvm")),
                onOrOff("streams", values.get("streams")));
    }

    /** A value with spaces, as separate command-line words; none for a blank one. */
    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static boolean onOrOff(String key, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(key + "=" + value + ": on or off");
        };
    }

    /** e.g. {@code ceiling,join}: a comma-separated list of phase names, in any order. */
    private static Set<Phase> phases(String list) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String name : list.split(",")) {
            String wanted = name.trim();
            phases.add(EnumSet.allOf(Phase.class).stream().filter(phase -> phase.key().equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown phase '" + wanted + "' in phases=" + list
                            + "; known: ceiling, join, status, step, hold")));
        }
        return phases;
    }

    private static List<Long> longs(String list) {
        List<Long> values = new ArrayList<>();
        for (String value : list.split(",")) {
            values.add(Long.parseLong(value.trim()));
        }
        return values;
    }
}
