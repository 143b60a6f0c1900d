package dev.waitingroom.benchmarks.load;

import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * (g) Seat holds and confirms through the gateway. An event with {@code hold.seats} seats and
 * {@code hold.people} admitted, entered people ({@link HoldEvent}); then two measured passes over
 * {@code hold.connections} closed-loop connections: every person holds the seats of their pick
 * ({@link SeatPicks}: 1-4 seats of their own, a share of them first trying the hot block and picking again
 * on a refusal), then every reservation held is confirmed. Separate passes, so that each has its own CPU
 * per operation and its own Redis commands (every script is an {@code evalsha} to Redis). A warm-up event
 * goes through the same passes first, uncounted, so the gateway's JIT has compiled the seat routes.
 */
final class SeatHoldPhase {

    static final String EVENT = "hold";
    static final String WARMUP_EVENT = "hold-warmup";
    /** The longest a hold lasts (300 s): no hold of these passes runs out before it is confirmed. */
    private static final long HOLD_TTL_SEC = 300;
    private static final Duration PASS_LIMIT = Duration.ofMinutes(5);

    private final LoadSettings settings;
    private final HoldEvent events;
    private final GatewayAdmin admin;
    private final InetSocketAddress gateway;
    private final RedisCommands<String, String> redis;
    private final CpuMeter cpu;

    SeatHoldPhase(LoadSettings settings, HoldEvent events, GatewayAdmin admin, InetSocketAddress gateway,
                  RedisCommands<String, String> redis, CpuMeter cpu) {
        this.settings = settings;
        this.events = events;
        this.admin = admin;
        this.gateway = gateway;
        this.redis = redis;
        this.cpu = cpu;
    }

    void run() throws IOException, InterruptedException {
        print("%n[g] seat holds and confirms through the gateway: %,d seats, %,d admitted people, %d closed-loop connections;"
                        + " each holds 1-4 seats of their own, %.0f%% first try %,d hot seats and pick again when refused",
                settings.holdSeats(), settings.holdPeople(), settings.holdConnections(), 100 * settings.holdContended(),
                settings.holdHotSeats());
        if (settings.holdWarmupPeople() > 0) {
            List<AdmittedPerson> warmup = events.open(WARMUP_EVENT, HOLD_TTL_SEC, picks(settings.holdWarmupPeople()));
            passes(WARMUP_EVENT, warmup, false);
        }
        List<AdmittedPerson> people = events.open(EVENT, HOLD_TTL_SEC, picks(settings.holdPeople()));
        print("    load average before: %s", JoinLoadBenchmark.loadAverage());
        passes(EVENT, people, true);
        print("    load average after: %s", JoinLoadBenchmark.loadAverage());
    }

    private List<SeatPicks.Pick> picks(int people) {
        return SeatPicks.of(people, settings.holdContended(), settings.holdHotSeats(), settings.holdSeats());
    }

    private void passes(String eventId, List<AdmittedPerson> people, boolean measured) throws IOException, InterruptedException {
        SeatRequests requests = new SeatRequests(gateway);
        String label = measured ? "" : " (warm-up, not counted)";
        try (PersonTraffic traffic = new PersonTraffic(gateway, settings.holdConnections())) {
            RedisInfo before = RedisInfo.of(redis);
            cpu.start();
            PersonTraffic.Result holds = traffic.run(people.stream().map(person -> person.hold(requests)).toList(),
                    AdmittedPerson.HELD, PASS_LIMIT);
            String holdCpu = cpu.stop(holds.tally().total(), "hold");
            RedisInfo holding = RedisInfo.of(redis).since(before);
            List<AdmittedPerson> holders = people.stream().filter(AdmittedPerson::holds).toList();
            long contended = people.stream().filter(person -> person.pick().contended()).count();
            print("    holds%s: %,d hold requests from %,d people (%,d of them contended) in %.2f s: %,.0f holds/s, %,.0f held (201)/s;"
                            + " latency ms %s; answers %s; unfinished %,d",
                    label, holds.tally().total(), people.size(), contended, holds.seconds(), holds.perSecond(),
                    holds.succeededPerSecond(), holds.latency(), holds.outcomes(), holds.unfinished());
            if (measured) {
                print("      cpu: %s", holdCpu);
                print("      redis commands per hold: %s", holding.describe(holds.tally().total(), "hold", 10));
            }

            before = RedisInfo.of(redis);
            cpu.start();
            PersonTraffic.Result confirms = traffic.run(holders.stream().map(person -> person.confirm(requests)).toList(),
                    AdmittedPerson.CONFIRMED, PASS_LIMIT);
            String confirmCpu = cpu.stop(confirms.tally().total(), "confirm");
            RedisInfo confirming = RedisInfo.of(redis).since(before);
            print("    confirms%s: %,d in %.2f s: %,.0f confirms/s, %,.0f confirmed (200)/s; latency ms %s; answers %s; unfinished %,d",
                    label, confirms.tally().total(), confirms.seconds(), confirms.perSecond(), confirms.succeededPerSecond(),
                    confirms.latency(), confirms.outcomes(), confirms.unfinished());
            if (measured) {
                print("      cpu: %s", confirmCpu);
                print("      redis commands per confirm: %s", confirming.describe(confirms.tally().total(), "confirm", 10));
            }
        }
        checkSeats(eventId, people);
    }

    /** The counters must say what the answers said: every seat confirmed is sold, none is left held. */
    private void checkSeats(String eventId, List<AdmittedPerson> people) throws IOException, InterruptedException {
        long sold = people.stream().filter(AdmittedPerson::confirmed).mapToLong(person -> person.heldSeats().size()).sum();
        String stats = admin.stats(eventId);
        long available = JsonNumbers.count(stats, "seats_available");
        long held = JsonNumbers.count(stats, "seats_held");
        long soldInStore = JsonNumbers.count(stats, "seats_sold");
        boolean agrees = soldInStore == sold && held == 0 && available == events.seats() - sold;
        print("    %s seats after: available %,d, held %,d, sold %,d; confirmed answers sold %,d seats: %s",
                eventId, available, held, soldInStore, sold, agrees ? "they agree" : "THEY DISAGREE");
        if (!agrees) {
            throw new IOException("the seat counters of " + eventId + " disagree with the answers: " + stats);
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
