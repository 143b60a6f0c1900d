package dev.waitingroom.benchmarks.load;

import dev.waitingroom.adapter.redis.RedisAdmissionStore;
import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.queue.EventId;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * (f) What one admission step costs Redis, with {@code step.waiting} people in the queue. The events are
 * configured through the gateway's admin API while it runs (so their settings are stored as production
 * stores them) and filled and stepped only once it has stopped, so that nothing but these steps runs on
 * redis-server while they are measured. The steps are the Redis adapter's own call
 * ({@link RedisAdmissionStore#step}, with the gateway's default batch and expired-mark memory): the same
 * script, keys and arguments as the gateway's, by construction.
 *
 * <p>Three kinds of step, each on an event of its own, filled with the same number of entries:
 * <ul>
 *   <li>paced: admitting at {@code step.rate}/s, a step every {@code step.interval.ms}, as the gateway's
 *       background job steps an event (about 100 per step at 1,000/s), after one unmeasured step that
 *       takes the first second's burst;</li>
 *   <li>batch: admitting at the highest rate the API takes, steps back to back, each admitting a full batch;</li>
 *   <li>drop: paused, every entry silent for longer than the shortest {@code abandon_after_sec}, steps back
 *       to back, each dropping a full batch.</li>
 * </ul>
 */
final class AdmissionStepPhase {

    /** Room for everyone the phases admit: the largest max_active the API takes. */
    static final int MAX_ACTIVE = 10_000_000;
    private static final int HIGHEST_RATE = 100_000;
    private static final long SHORTEST_ABANDON_SEC = 10;
    private static final long LONGEST_ABANDON_SEC = 86_400;
    private static final long ENTRY_TTL_SEC = 600;
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(2);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final String SCRIPT = "/dev/waitingroom/adapter/redis/admission_step.lua";

    enum Kind {
        PACED, BATCH, DROP;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final LoadSettings settings;
    private final int maxEntriesPerUser;

    AdmissionStepPhase(LoadSettings settings, int maxEntriesPerUser) {
        this.settings = settings;
        this.maxEntriesPerUser = maxEntriesPerUser;
    }

    static String eventId(long waiting, Kind kind) {
        return "step-" + waiting + "-" + kind.key();
    }

    /** Each kind's settings as the admin API takes them. */
    static String eventSettings(Kind kind, int maxEntriesPerUser, int pacedRate) {
        int rate = switch (kind) {
            case PACED -> pacedRate;
            case BATCH -> HIGHEST_RATE;
            case DROP -> 1;
        };
        long abandonAfter = kind == Kind.DROP ? SHORTEST_ABANDON_SEC : LONGEST_ABANDON_SEC;
        return String.format(Locale.ROOT, "{\"max_entries_per_user\": %d, \"admission_rate_per_sec\": %d, \"max_active\": %d,"
                        + " \"entry_ttl_sec\": %d, \"abandon_after_sec\": %d, \"paused\": %b}",
                maxEntriesPerUser, rate, MAX_ACTIVE, ENTRY_TTL_SEC, abandonAfter, kind == Kind.DROP);
    }

    /** While the gateway runs: its steps find these events empty (idle), so they stay untouched until {@link #run}. */
    void configure(GatewayAdmin admin) throws IOException, InterruptedException {
        for (long waiting : settings.stepWaiting()) {
            for (Kind kind : Kind.values()) {
                admin.configure(eventId(waiting, kind), eventSettings(kind, maxEntriesPerUser, settings.stepRate()));
            }
        }
    }

    /** Once the gateway has stopped. */
    void run(String redisUrl, RedisCommands<String, String> redis, PipelinedJoins joins) throws IOException, InterruptedException {
        print("%n[f] the admission step's Redis cost, the gateway stopped: redis-server serves nothing but these steps");
        redis.scriptLoad(scriptSource()); // as the gateway's first step would, so no step pays for a NOSCRIPT
        RedisInfo idleBefore = RedisInfo.of(redis);
        Thread.sleep(IDLE_SAMPLE.toMillis());
        double idleMicrosPerSecond = RedisInfo.of(redis).since(idleBefore).cpuMicros() / (IDLE_SAMPLE.toNanos() / 1e9);
        print("    redis-server idle: %.0f µs CPU per second", idleMicrosPerSecond);
        try (RedisConnection connection = RedisConnection.open(redisUrl, COMMAND_TIMEOUT)) {
            RedisAdmissionStore store = new RedisAdmissionStore(connection, RedisAdmissionStore.DEFAULT_BATCH,
                    RedisAdmissionStore.DEFAULT_EXPIRED_MEMORY);
            for (long waiting : settings.stepWaiting()) {
                // Filled first, so that by its turn every entry has been silent for longer than abandon_after_sec.
                String drop = eventId(waiting, Kind.DROP);
                fill(redis, joins, drop, waiting);
                long silentFrom = System.nanoTime() + Duration.ofSeconds(SHORTEST_ABANDON_SEC + 1).toNanos();

                String paced = eventId(waiting, Kind.PACED);
                fill(redis, joins, paced, waiting);
                // The first step admits a full bucket (one second's worth); the paced steps after it are the steady state.
                AdmissionStep first = store.step(EventId.of(paced)).orElseThrow();
                print("    %s: a first step, not measured, admitted %,d", paced, first.admitted());
                sleepUntil(System.nanoTime() + settings.stepInterval().toNanos());
                measure(store, redis, paced, waiting, settings.stepPacedCount(), settings.stepInterval(), idleMicrosPerSecond, "admitted");

                String batch = eventId(waiting, Kind.BATCH);
                fill(redis, joins, batch, waiting);
                measure(store, redis, batch, waiting, settings.stepCount(), Duration.ZERO, idleMicrosPerSecond, "admitted");

                sleepUntil(silentFrom);
                measure(store, redis, drop, waiting, settings.stepCount(), Duration.ZERO, idleMicrosPerSecond, "dropped");
            }
        }
    }

    private static void fill(RedisCommands<String, String> redis, PipelinedJoins joins, String event, long waiting)
            throws IOException, InterruptedException {
        RedisInfo before = RedisInfo.of(redis);
        PipelinedJoins.Result fill = joins.fill(event, waiting);
        RedisInfo filling = RedisInfo.of(redis).since(before);
        print("    %s filled: %,d joined, %,d not, %,.0f joins/s pipelined; redis-server %.1f µs CPU per join; used_memory +%,d bytes per entry",
                event, fill.joined(), fill.notJoined(), fill.joinsPerSecond(), (double) filling.cpuMicros() / Math.max(1, fill.joined()),
                filling.memoryBytes() / Math.max(1, fill.joined()));
        if (fill.joined() != waiting) {
            throw new IOException("only " + fill.joined() + " of " + waiting + " joined " + event);
        }
    }

    /** {@code count} steps, each {@code interval} after the previous one began (back to back when zero). */
    private static void measure(RedisAdmissionStore store, RedisCommands<String, String> redis, String event, long waiting, int count,
                                Duration interval, double idleMicrosPerSecond, String moved) {
        EventId eventId = EventId.of(event);
        List<AdmissionStep> steps = new ArrayList<>(count);
        RedisInfo before = RedisInfo.of(redis);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            steps.add(store.step(eventId).orElseThrow(() -> new IllegalStateException("no event " + event)));
            if (interval.isPositive()) {
                sleepUntil(start + (i + 1) * interval.toNanos());
            }
        }
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        RedisInfo during = RedisInfo.of(redis).since(before);
        StepTotals totals = StepTotals.of(steps);
        long entries = moved.equals("dropped") ? totals.dropped() : totals.admitted();
        RedisInfo.CommandCounts script = during.commands().getOrDefault("evalsha", new RedisInfo.CommandCounts(0, 0));
        double idleShare = idleMicrosPerSecond * elapsedSeconds;
        print("    %s (%,d waiting): %d steps in %.2f s, %s %,d (%.0f per step), admitted %,d, dropped %,d, cut short %d, waiting after %,d",
                event, waiting, count, elapsedSeconds, moved, entries, (double) entries / count, totals.admitted(), totals.dropped(),
                totals.cutShort(), totals.waitingAfter());
        print("      redis-server CPU: %.0f µs per step, %.2f µs per %s entry (less its idle %.0f µs/s: %.0f µs per step);"
                        + " evalsha inside Redis: %.0f µs per step",
                (double) during.cpuMicros() / count, entries == 0 ? 0 : (double) during.cpuMicros() / entries, moved,
                idleMicrosPerSecond, (during.cpuMicros() - idleShare) / count,
                script.calls() == 0 ? 0 : (double) script.micros() / script.calls());
        print("      redis commands per step: %s", during.describe(count, "step", 10));
    }

    private static String scriptSource() throws IOException {
        try (InputStream in = AdmissionStepPhase.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is not on the class path: is adapters-redis a dependency?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
