package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Joins spread over several gateways and events: a warm-up on events of its own, then the measured closed loop
 * ({@link SpreadLoop}), then each measured event's queue length, grouped by the primary that owns the event. The
 * queues must hold exactly the joins answered 202, or the run stops. (A join that Redis ran but answered after the
 * gateway's Redis timeout has its place and a 503: the warm-up, with the JIT still busy, has its own events so that
 * such a join there is reported, not counted.)
 */
final class SpreadJoinPhase {

    /** The longest silence an event allows (a day): no entry is dropped while the status phase runs after this one. */
    private static final long KEEP_JOINED_SECONDS = 86_400;

    private final LoadSettings settings;
    private final RedisBackend redis;
    private final GatewayAdmin admin;
    private final InetSocketAddress host;
    private final SpreadLoop loop;

    /** @param host what the requests' Host header names; the gateways do not care which */
    SpreadJoinPhase(LoadSettings settings, RedisBackend redis, GatewayAdmin admin, InetSocketAddress host, SpreadLoop loop) {
        this.settings = settings;
        this.redis = redis;
        this.admin = admin;
        this.host = host;
        this.loop = loop;
    }

    /** @param warmupEvents as many as {@code events}, spread the same way */
    void run(List<String> warmupEvents, List<String> events, int maxEntriesPerUser) throws IOException, InterruptedException {
        for (String event : Stream.concat(warmupEvents.stream(), events.stream()).toList()) {
            admin.configure(event, "{\"max_entries_per_user\": " + maxEntriesPerUser + ", \"abandon_after_sec\": " + KEEP_JOINED_SECONDS + "}");
        }
        loop.warmup(joinsTo(warmupEvents), new AtomicLong(), settings.warmup(), "");
        SpreadLoop.print("%n[join] POST /api/v1/queue/join, %d closed-loop connections, %d s", settings.clients(),
                settings.gatewayDuration().toSeconds());
        SpreadLoop.Measured measured = loop.measure(joinsTo(events), new AtomicLong(), settings.gatewayDuration());
        SpreadLoop.print(measured, "join");
        requireQueuesHold(events, measured.result().tally());
    }

    private Requests joinsTo(List<String> events) {
        return new RoundRobinRequests(events.stream().map(event -> new JoinRequests(host, event)).toList());
    }

    /** Prints the queues' lengths by owning primary; stops the run unless they add up to the 202s. */
    private void requireQueuesHold(List<String> events, AnswerTally answers) throws IOException {
        Map<String, long[]> byPrimary = new LinkedHashMap<>(); // primary -> {events, entries}
        redis.primaries().forEach(primary -> byPrimary.put(primary.name(), new long[2]));
        long total = 0;
        for (String event : events) {
            RedisBackend.Node owner = redis.owner(event);
            long length = owner.sync().zcard(JoinScript.queueKey(event));
            byPrimary.get(owner.name())[0]++;
            byPrimary.get(owner.name())[1] += length;
            total += length;
        }
        long sum = total;
        byPrimary.forEach((primary, counts) -> SpreadLoop.print("    %s: %d events, %,d entries (%.1f%%)", primary, counts[0],
                counts[1], 100.0 * counts[1] / Math.max(1, sum)));
        SpreadLoop.print("    queues' ZCARD total %,d; 202 answers %,d", total, answers.succeeded());
        if (total != answers.succeeded()) {
            throw new IOException("the queues hold " + total + " entries but " + answers.succeeded() + " joins were answered 202;"
                    + " answers: " + answers.answers());
        }
    }
}
