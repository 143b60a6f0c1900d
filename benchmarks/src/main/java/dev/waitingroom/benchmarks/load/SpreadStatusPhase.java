package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Status calls as {@link StatusPollPhase} makes them, spread over several gateways and events: each event is
 * filled straight in Redis on the primary that owns it ({@link PipelinedJoins}), asked about in a warm-up while
 * paused, then measured while every event admits its share of {@code status.rate}.
 */
final class SpreadStatusPhase {

    private final LoadSettings settings;
    private final RedisBackend redis;
    private final GatewayAdmin admin;
    private final InetSocketAddress host;
    private final SpreadLoop loop;
    private final JoinScript.Options joinOptions;

    SpreadStatusPhase(LoadSettings settings, RedisBackend redis, GatewayAdmin admin, InetSocketAddress host, SpreadLoop loop,
                      JoinScript.Options joinOptions) {
        this.settings = settings;
        this.redis = redis;
        this.admin = admin;
        this.host = host;
        this.loop = loop;
        this.joinOptions = joinOptions;
    }

    void run(List<String> events, int maxEntriesPerUser) throws IOException, InterruptedException {
        long perEvent = (settings.statusEntries() + events.size() - 1) / events.size();
        int ratePerEvent = Math.max(1, settings.statusAdmissionRate() / events.size());
        SpreadLoop.print("%n[status] %,d waiting entries in each of %d events, %d closed-loop connections, admission at %d/s"
                + " per event (%,d/s in all)", perEvent, events.size(), settings.statusConnections(), ratePerEvent,
                ratePerEvent * events.size());
        for (String event : events) {
            admin.configure(event, StatusPollPhase.eventSettings(maxEntriesPerUser, ratePerEvent, true));
        }
        fill(events, perEvent);

        Requests calls = new RoundRobinRequests(events.stream().map(event -> new StatusRequests(host, event, perEvent)).toList());
        AtomicLong turns = new AtomicLong();
        loop.warmup(calls, turns, settings.statusWarmup(), ", paused");
        setPaused(events, false);
        long admittedBefore = admittedTotal(events);
        SpreadLoop.Measured measured = loop.measure(calls, turns, settings.statusDuration());
        long admitted = admittedTotal(events) - admittedBefore;
        setPaused(events, true); // nothing more to measure: what follows has the cores
        SpreadLoop.print(measured, "status call");
        SpreadLoop.print("    admission meanwhile: %,d admitted (%,.0f/s)", admitted, admitted / SpreadLoop.seconds(measured.result().elapsed()));
    }

    /** Each event by join.lua on its own primary, pipelined; every entry must take a place. */
    private void fill(List<String> events, long perEvent) throws IOException, InterruptedException {
        Map<RedisBackend.Node, PipelinedJoins> joinsOn = new HashMap<>();
        long start = System.nanoTime();
        for (String event : events) {
            RedisBackend.Node owner = redis.owner(event);
            PipelinedJoins joins = joinsOn.computeIfAbsent(owner, node ->
                    new PipelinedJoins(node.connection(), node.sync().scriptLoad(JoinScript.source()), joinOptions));
            PipelinedJoins.Result fill = joins.fill(event, perEvent);
            if (fill.joined() != perEvent) {
                throw new IOException("only " + fill.joined() + " of " + perEvent + " entries joined " + event);
            }
        }
        SpreadLoop.print("    filled by pipelined join.lua on each event's primary: %,d entries in %.1f s",
                perEvent * events.size(), SpreadLoop.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    private void setPaused(List<String> events, boolean paused) throws IOException, InterruptedException {
        for (String event : events) {
            admin.configure(event, "{\"paused\": " + paused + "}");
        }
    }

    private long admittedTotal(List<String> events) throws IOException, InterruptedException {
        long admitted = 0;
        for (String event : events) {
            admitted += JsonNumbers.count(admin.stats(event), "admitted_total");
        }
        return admitted;
    }
}
