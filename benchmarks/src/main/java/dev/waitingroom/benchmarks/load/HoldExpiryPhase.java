package dev.waitingroom.benchmarks.load;

import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.adapter.redis.RedisSeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ExpirySweep;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatSelection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * (h) What releasing holds that ran out costs Redis. Two events of {@code expiry.holds} admitted, entered
 * people each, with {@code hold_ttl_sec} 10 (the shortest the API takes), made ready while the gateway runs:
 * <ul>
 *   <li>live: every person holds 1-4 seats of their own through the gateway, as fast as the connections go,
 *       nobody confirms, and the gateway's own hold-expiry job releases the holds as they run out. Measured
 *       from the moment the first hold can have run out until none is left open: redis-server's CPU and the
 *       scripts' time ({@code INFO commandstats}), each less what the gateway's background jobs cost while
 *       idle (sampled before the holds), per released hold;</li>
 *   <li>sweeps: once the gateway has stopped, the Redis adapter's own hold and expiry calls ({@link RedisSeatLedger},
 *       the gateway's default batch of 500), so that nothing else runs on redis-server: the holds one at a
 *       time, then, once all have run out, back-to-back sweeps until none is left, each sweep's script time read
 *       from {@code INFO commandstats} around it. The largest of them is how long one sweep holds Redis.</li>
 * </ul>
 */
final class HoldExpiryPhase {

    static final String LIVE_EVENT = "hold-expiry";
    static final String SWEEP_EVENT = "hold-sweep";
    static final long HOLD_TTL_SEC = 10;
    /** The gateways' event gauges refresh every 5 s: an idle sample this long sees one refresh. */
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(5);
    private static final Duration PASS_LIMIT = Duration.ofMinutes(5);
    private static final Duration RELEASE_LIMIT = Duration.ofMinutes(2);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final int INFO_COST_SAMPLES = 200;

    private final LoadSettings settings;
    private final HoldEvent events;
    private final GatewayAdmin admin;
    private final InetSocketAddress gateway;
    private final RedisCommands<String, String> redis;
    private final CpuMeter cpu;
    private List<AdmittedPerson> live = List.of();
    private List<AdmittedPerson> sweep = List.of();

    HoldExpiryPhase(LoadSettings settings, HoldEvent events, GatewayAdmin admin, InetSocketAddress gateway,
                    RedisCommands<String, String> redis, CpuMeter cpu) {
        this.settings = settings;
        this.events = events;
        this.admin = admin;
        this.gateway = gateway;
        this.redis = redis;
        this.cpu = cpu;
    }

    /** The open holds of an event, by their end: the adapter's {@code wr:{e}:holds}. */
    static String openHoldsKey(String eventId) {
        return "wr:{" + eventId + "}:holds";
    }

    /** While the gateway runs: both events ready, then the live measurement. */
    void runWithGateway() throws IOException, InterruptedException {
        print("%n[h] hold expiry: %,d holds of hold_ttl_sec %d run out; first released by the gateway's hold-expiry job, then"
                + " (another %,d, once the gateway has stopped) by the Redis adapter's sweeps alone", settings.expiryHolds(), HOLD_TTL_SEC,
                settings.expiryHolds());
        List<SeatPicks.Pick> picks = SeatPicks.of(settings.expiryHolds(), 0, settings.holdHotSeats(), settings.holdSeats());
        live = events.open(LIVE_EVENT, HOLD_TTL_SEC, picks);
        sweep = events.open(SWEEP_EVENT, HOLD_TTL_SEC, picks);
        measureLive();
    }

    private void measureLive() throws IOException, InterruptedException {
        RedisInfo idleBefore = RedisInfo.of(redis);
        cpu.start();
        Thread.sleep(IDLE_SAMPLE.toMillis());
        String idleCpu = cpu.stop();
        RedisInfo idle = RedisInfo.of(redis).since(idleBefore);
        double idleSeconds = IDLE_SAMPLE.toNanos() / 1e9;
        RedisInfo.CommandCounts idleScripts = scripts(idle);
        print("    idle, the gateway's background jobs only, over %.0f s: redis-server %.0f µs CPU/s; evalsha %.1f calls/s, %.0f µs/s;"
                        + " cpu: %s", idleSeconds, idle.cpuMicros() / idleSeconds, idleScripts.calls() / idleSeconds,
                idleScripts.micros() / idleSeconds, idleCpu);

        SeatRequests requests = new SeatRequests(gateway);
        long holdsStart = System.nanoTime();
        PersonTraffic.Result holds;
        try (PersonTraffic traffic = new PersonTraffic(gateway, settings.holdConnections())) {
            holds = traffic.run(live.stream().map(person -> person.hold(requests)).toList(), AdmittedPerson.HELD, PASS_LIMIT);
        }
        long holdsEnd = System.nanoTime();
        long held = live.stream().filter(AdmittedPerson::holds).count();
        print("    %s: %,d holds through the gateway in %.2f s (%,.0f holds/s; latency ms %s; answers %s)",
                LIVE_EVENT, held, holds.seconds(), holds.perSecond(), holds.latency(), holds.outcomes());

        // No hold can run out before its maker's request was sent plus the hold's time.
        long firstRunOut = holdsStart + Duration.ofSeconds(HOLD_TTL_SEC).toNanos();
        if (holdsEnd > firstRunOut) {
            print("    NOTE: making the holds took longer than a hold lasts; holds released before the last was made are not counted");
        }
        sleepUntil(firstRunOut - Duration.ofMillis(100).toNanos());
        RedisInfo before = RedisInfo.of(redis);
        long open = redis.zcard(openHoldsKey(LIVE_EVENT));
        cpu.start();
        long windowStart = System.nanoTime();
        long giveUp = holdsEnd + Duration.ofSeconds(HOLD_TTL_SEC).toNanos() + RELEASE_LIMIT.toNanos();
        long left = open;
        while (left > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(20);
            left = redis.zcard(openHoldsKey(LIVE_EVENT));
        }
        long windowEnd = System.nanoTime();
        long released = open - left;
        String releaseCpu = cpu.stop(released, "released hold");
        RedisInfo during = RedisInfo.of(redis).since(before);
        double seconds = (windowEnd - windowStart) / 1e9;
        RedisInfo.CommandCounts scripts = scripts(during);
        double cpuLessIdle = during.cpuMicros() - idle.cpuMicros() / idleSeconds * seconds;
        double scriptLessIdle = scripts.micros() - idleScripts.micros() / idleSeconds * seconds;
        double callsLessIdle = scripts.calls() - idleScripts.calls() / idleSeconds * seconds;
        long lastRunOut = holdsEnd + Duration.ofSeconds(HOLD_TTL_SEC).toNanos();
        print("    released by the gateway's job: %,d of %,d open holds in %.2f s, the last %.0f ms after the last hold had surely run out;"
                        + " %,d still open%s", released, open, seconds, (windowEnd - lastRunOut) / 1e6, left,
                left > 0 ? " (GAVE UP WAITING)" : "");
        print("      redis-server CPU: %.1f µs per released hold (%,d µs in all, less the idle rate's %,.0f µs); scripts (evalsha):"
                        + " %.1f µs per released hold (%,d µs in %,d calls, less the idle rate's %,.0f µs in %,.0f calls)",
                released == 0 ? 0 : cpuLessIdle / released, during.cpuMicros(), during.cpuMicros() - cpuLessIdle,
                released == 0 ? 0 : scriptLessIdle / released, scripts.micros(), scripts.calls(), scripts.micros() - scriptLessIdle,
                scripts.calls() - callsLessIdle);
        print("      cpu (with the idle jobs): %s", releaseCpu);
        print("      redis commands meanwhile: %s", during.describe(Math.max(1, released), "released hold", 10));
        checkAllBack(LIVE_EVENT);
    }

    /** Once the gateway has stopped: the other event's holds made and swept by the Redis adapter alone. */
    void runAfterGateway(String redisUrl) throws IOException, InterruptedException {
        if (sweep.isEmpty()) {
            return;
        }
        print("%n[h] hold expiry by the Redis adapter's own calls, the gateway stopped: redis-server serves nothing else");
        EventId eventId = EventId.of(SWEEP_EVENT);
        try (RedisConnection connection = RedisConnection.open(redisUrl, COMMAND_TIMEOUT)) {
            RedisSeatLedger ledger = new RedisSeatLedger(connection);
            SecureRandom random = new SecureRandom();
            RedisInfo before = RedisInfo.of(redis);
            long start = System.nanoTime();
            Instant lastEnd = Instant.EPOCH;
            long held = 0;
            for (AdmittedPerson person : sweep) {
                SeatSelection seats = new SeatSelection(person.pick().own().stream().map(SeatId::of).toList());
                if (ledger.hold(eventId, person.entryId(), ReservationId.issue(random), seats) instanceof HoldOutcome.Held made) {
                    held++;
                    if (made.reservation().holdExpiresAt().isAfter(lastEnd)) {
                        lastEnd = made.reservation().holdExpiresAt();
                    }
                }
            }
            double holdSeconds = (System.nanoTime() - start) / 1e9;
            RedisInfo holding = RedisInfo.of(redis).since(before);
            print("    %s: %,d of %,d holds made by the adapter's hold, one at a time, in %.2f s: redis-server %.1f µs CPU per hold,"
                            + " hold.lua %.1f µs inside Redis", SWEEP_EVENT, held, sweep.size(), holdSeconds,
                    (double) holding.cpuMicros() / Math.max(1, held), scripts(holding).micros() / (double) Math.max(1, scripts(holding).calls()));
            if (held != sweep.size()) {
                throw new IOException("only " + held + " of " + sweep.size() + " holds were made on " + SWEEP_EVENT);
            }

            // Redis's clock is this machine's: wait until every hold has run out by it, and a little more.
            sleepUntilInstant(lastEnd.plusMillis(200));
            RedisInfo idleBefore = RedisInfo.of(redis);
            Thread.sleep(2_000);
            double idleMicrosPerSecond = RedisInfo.of(redis).since(idleBefore).cpuMicros() / 2.0;
            double infoMicros = infoCost();

            List<Sweep> sweeps = new ArrayList<>();
            before = RedisInfo.of(redis);
            start = System.nanoTime();
            ExpirySweep last;
            do {
                long scriptBefore = scripts(RedisInfo.parse(redis.info("commandstats"))).micros();
                long sent = System.nanoTime();
                last = ledger.expireHolds(eventId);
                long roundTrip = System.nanoTime() - sent;
                long scriptMicros = scripts(RedisInfo.parse(redis.info("commandstats"))).micros() - scriptBefore;
                sweeps.add(new Sweep(last.expired(), scriptMicros, roundTrip / 1_000));
            } while (last.more());
            double sweepSeconds = (System.nanoTime() - start) / 1e9;
            RedisInfo sweeping = RedisInfo.of(redis).since(before);
            long released = sweeps.stream().mapToLong(Sweep::expired).sum();
            Sweep largest = sweeps.stream().max((a, b) -> Long.compare(a.scriptMicros(), b.scriptMicros())).orElseThrow();
            long fullBatches = sweeps.stream().filter(one -> one.expired() == RedisSeatLedger.DEFAULT_BATCH).count();
            double cpuLessOverhead = sweeping.cpuMicros() - idleMicrosPerSecond * sweepSeconds - infoMicros * 2 * sweeps.size();
            long scriptTotal = sweeps.stream().mapToLong(Sweep::scriptMicros).sum();
            print("    redis-server idle %.0f µs CPU/s; one INFO commandstats %.1f µs CPU", idleMicrosPerSecond, infoMicros);
            print("    %,d sweeps back to back released %,d holds (%,d full batches of %d) in %.2f s", sweeps.size(), released,
                    fullBatches, RedisSeatLedger.DEFAULT_BATCH, sweepSeconds);
            print("      expire_holds.lua inside Redis: %.1f µs per released hold, %,.0f µs per sweep on average, the largest sweep %,d µs"
                            + " (%,d released; its round trip %,d µs); round trips up to %,d µs",
                    released == 0 ? 0 : (double) scriptTotal / released, (double) scriptTotal / sweeps.size(), largest.scriptMicros(),
                    largest.expired(), largest.roundTripMicros(), sweeps.stream().mapToLong(Sweep::roundTripMicros).max().orElse(0));
            print("      redis-server CPU: %.1f µs per released hold (less its idle CPU and the INFO calls between sweeps)",
                    released == 0 ? 0 : cpuLessOverhead / released);
            long open = redis.zcard(openHoldsKey(SWEEP_EVENT));
            var counts = ledger.seatCounts(eventId).orElseThrow();
            print("    %s after: %,d holds open; seats available %,d, held %,d, sold %,d", SWEEP_EVENT, open, counts.available(),
                    counts.held(), counts.sold());
            if (open != 0 || counts.held() != 0 || released != held) {
                throw new IOException("the sweeps left " + SWEEP_EVENT + " with " + open + " open holds, " + counts.held()
                        + " held seats, and released " + released + " of " + held);
            }
        }
    }

    /** One sweep: what it released, the script's own time, and the round trip the caller saw. */
    private record Sweep(long expired, long scriptMicros, long roundTripMicros) {
    }

    /** redis-server's CPU for one {@code INFO commandstats}, which the sweep series calls twice a sweep. */
    private double infoCost() {
        RedisInfo before = RedisInfo.of(redis);
        for (int i = 0; i < INFO_COST_SAMPLES; i++) {
            redis.info("commandstats");
        }
        return (double) RedisInfo.of(redis).since(before).cpuMicros() / INFO_COST_SAMPLES;
    }

    private void checkAllBack(String eventId) throws IOException, InterruptedException {
        String stats = admin.stats(eventId);
        long available = JsonNumbers.count(stats, "seats_available");
        long held = JsonNumbers.count(stats, "seats_held");
        print("    %s after: seats available %,d of %,d, held %,d, sold %,d", eventId, available, events.seats(), held,
                JsonNumbers.count(stats, "seats_sold"));
        if (available != events.seats() || held != 0) {
            throw new IOException("not every seat of " + eventId + " came back: " + stats);
        }
    }

    /** Every script is an evalsha, and Redis 7.0 counts them together. */
    private static RedisInfo.CommandCounts scripts(RedisInfo info) {
        return info.commands().getOrDefault("evalsha", new RedisInfo.CommandCounts(0, 0));
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void sleepUntilInstant(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
