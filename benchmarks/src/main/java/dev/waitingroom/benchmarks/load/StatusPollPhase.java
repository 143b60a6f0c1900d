package dev.waitingroom.benchmarks.load;

import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (e) Status calls over a full queue while admission runs: {@code status.entries} waiting entries in one
 * event, filled straight in Redis by join.lua ({@link PipelinedJoins}); then {@code status.connections}
 * closed-loop connections ask {@code GET /api/v1/queue/status?token=} about them in turn, first for a
 * warm-up with the event paused, then, measured, with the event admitting {@code status.rate} people a
 * second. Admitted entries keep being asked about (they answer "ready"), as their holders would.
 */
final class StatusPollPhase {

    static final String EVENT = "status-poll";
    /** Nobody is dropped for silence while the phase runs, however slowly each entry's turn comes round. */
    private static final long ABANDON_AFTER_SEC = 600;
    private static final long ENTRY_TTL_SEC = 600;

    private final LoadSettings settings;
    private final GatewayAdmin admin;
    private final InetSocketAddress gateway;
    private final RedisCommands<String, String> redis;
    private final PipelinedJoins joins;
    private final CpuMeter cpu;

    StatusPollPhase(LoadSettings settings, GatewayAdmin admin, InetSocketAddress gateway, RedisCommands<String, String> redis,
                    PipelinedJoins joins, CpuMeter cpu) {
        this.settings = settings;
        this.admin = admin;
        this.gateway = gateway;
        this.redis = redis;
        this.joins = joins;
        this.cpu = cpu;
    }

    /** The event's settings: admission at the given rate once unpaused, and room for everyone admitted. */
    static String eventSettings(int maxEntriesPerUser, int admissionRate, boolean paused) {
        return String.format(Locale.ROOT, "{\"max_entries_per_user\": %d, \"admission_rate_per_sec\": %d, \"max_active\": %d,"
                        + " \"entry_ttl_sec\": %d, \"abandon_after_sec\": %d, \"paused\": %b}",
                maxEntriesPerUser, admissionRate, AdmissionStepPhase.MAX_ACTIVE, ENTRY_TTL_SEC, ABANDON_AFTER_SEC, paused);
    }

    void run(int maxEntriesPerUser) throws IOException, InterruptedException {
        long entries = settings.statusEntries();
        print("%n[e] status calls: %,d waiting entries in one event, %d closed-loop connections, admission at %,d/s",
                entries, settings.statusConnections(), settings.statusAdmissionRate());
        admin.configure(EVENT, eventSettings(maxEntriesPerUser, settings.statusAdmissionRate(), true));
        RedisInfo beforeFill = RedisInfo.of(redis);
        PipelinedJoins.Result fill = joins.fill(EVENT, entries);
        RedisInfo filling = RedisInfo.of(redis).since(beforeFill);
        print("    filled by pipelined join.lua: %,d joined, %,d not, %,.0f joins/s; redis-server %.1f µs CPU per join;"
                        + " used_memory +%,d bytes per entry",
                fill.joined(), fill.notJoined(), fill.joinsPerSecond(), (double) filling.cpuMicros() / fill.joined(),
                filling.memoryBytes() / Math.max(1, fill.joined()));
        if (fill.joined() != entries) {
            throw new IOException("only " + fill.joined() + " of " + entries + " entries joined: the status phase would ask about missing ones");
        }

        StatusRequests requests = new StatusRequests(gateway, EVENT, entries);
        AtomicLong turns = new AtomicLong(); // one round over the entries carries on where the last phase stopped
        if (settings.statusWarmup().isPositive()) {
            try (HttpTraffic traffic = new HttpTraffic(gateway, requests, settings.statusConnections(), turns)) {
                var warmup = traffic.closedLoop(settings.statusWarmup());
                print("    warm-up, paused (not counted): %.1f s, %,.0f calls/s, answers %s",
                        seconds(warmup.elapsed()), warmup.successesPerSecond(), warmup.tally().answers());
            }
        }

        admin.configure(EVENT, "{\"paused\": false}");
        String statsBefore = admin.stats(EVENT);
        HttpTraffic.Result result;
        RedisInfo before = RedisInfo.of(redis);
        try (HttpTraffic traffic = new HttpTraffic(gateway, requests, settings.statusConnections(), turns)) {
            cpu.start();
            result = traffic.closedLoop(settings.statusDuration());
            print("    cpu: %s", cpu.stop(result.tally().total(), "status call"));
        }
        RedisInfo during = RedisInfo.of(redis).since(before);
        String statsAfter = admin.stats(EVENT);
        AnswerTally tally = result.tally();
        print("    %,.0f status calls/s (200 answers); latency ms p50 %.3f p95 %.3f p99 %.3f max %.3f; non-200 %,d; answers %s",
                result.successesPerSecond(), tally.percentileMillis(50), tally.percentileMillis(95), tally.percentileMillis(99),
                tally.maxMillis(), tally.notSucceeded(), tally.answers());
        print("    redis commands per status call: %s", during.describe(tally.total(), "call", 8));
        long admitted = JsonNumbers.count(statsAfter, "admitted_total") - JsonNumbers.count(statsBefore, "admitted_total");
        print("    admission meanwhile: %,d admitted (%,.0f/s), %,d dropped; waiting %,d -> %,d; measured rate %s/s",
                admitted, admitted / seconds(result.elapsed()),
                JsonNumbers.count(statsAfter, "dropped_total") - JsonNumbers.count(statsBefore, "dropped_total"),
                JsonNumbers.count(statsBefore, "waiting"), JsonNumbers.count(statsAfter, "waiting"),
                JsonNumbers.of(statsAfter, "admission_rate_measured").stream().mapToObj(rate -> String.format(Locale.ROOT, "%.1f", rate))
                        .findFirst().orElse("none"));
        admin.configure(EVENT, "{\"paused\": true}"); // nothing more to measure here: the rest of the run has the cores
        print("    person logs (the fill's joins, then the admissions): %s", new PersonLogMemory(redis).measure(EVENT, entries).describe());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
