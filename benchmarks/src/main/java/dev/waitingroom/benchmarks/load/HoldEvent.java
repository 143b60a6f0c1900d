package dev.waitingroom.benchmarks.load;

import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An event of the hold phases, made ready the way production gets there, each step timed but none of it
 * measured as the phase: configured and given its seats through the admin API, its people joined straight
 * in Redis ({@link PipelinedJoins}), admitted by the gateway's own admission at the highest rate the API
 * takes, and entered through the gateway, which keeps each entry pass and hands out the reservation tokens.
 */
final class HoldEvent {

    /** The highest rate and max_active the API takes: admission is not what these phases measure. */
    private static final int HIGHEST_RATE = 100_000;
    /** Long enough that no window ends while a phase runs, and so no hold is cut short by its window. */
    private static final long ENTRY_TTL_SEC = 3_600;
    private static final long ABANDON_AFTER_SEC = 86_400;
    private static final Duration ADMISSION_LIMIT = Duration.ofMinutes(2);
    private static final Duration ENTER_LIMIT = Duration.ofMinutes(5);

    private final GatewayAdmin admin;
    private final InetSocketAddress gateway;
    private final RedisCommands<String, String> redis;
    private final PipelinedJoins joins;
    private final int maxEntriesPerUser;
    private final int seats;
    private final int connections;

    HoldEvent(GatewayAdmin admin, InetSocketAddress gateway, RedisCommands<String, String> redis, PipelinedJoins joins,
              int maxEntriesPerUser, int seats, int connections) {
        this.admin = admin;
        this.gateway = gateway;
        this.redis = redis;
        this.joins = joins;
        this.maxEntriesPerUser = maxEntriesPerUser;
        this.seats = seats;
        this.connections = connections;
    }

    int seats() {
        return seats;
    }

    static String settings(int maxEntriesPerUser, long holdTtlSec) {
        return String.format(Locale.ROOT, "{\"max_entries_per_user\": %d, \"admission_rate_per_sec\": %d, \"max_active\": %d,"
                        + " \"entry_ttl_sec\": %d, \"abandon_after_sec\": %d, \"paused\": true, \"hold_ttl_sec\": %d}",
                maxEntriesPerUser, HIGHEST_RATE, AdmissionStepPhase.MAX_ACTIVE, ENTRY_TTL_SEC, ABANDON_AFTER_SEC, holdTtlSec);
    }

    /** The event with its seats and {@code picks.size()} admitted, entered people, each with its pick. */
    List<AdmittedPerson> open(String eventId, long holdTtlSec, List<SeatPicks.Pick> picks) throws IOException, InterruptedException {
        admin.configure(eventId, settings(maxEntriesPerUser, holdTtlSec));
        RedisInfo beforeSeats = RedisInfo.of(redis);
        long start = System.nanoTime();
        int requests = EventSeats.add(admin, eventId, seats);
        RedisInfo adding = RedisInfo.of(redis).since(beforeSeats);
        print("    %s: %,d seats added by %d admin PUTs in %.1f s (redis-server %.1f µs CPU per seat, used_memory +%,d bytes per seat);"
                        + " hold_ttl_sec %d", eventId, seats, requests, seconds(System.nanoTime() - start),
                (double) adding.cpuMicros() / seats, adding.memoryBytes() / seats, holdTtlSec);

        int count = picks.size();
        PipelinedJoins.Result fill = joins.fill(eventId, count);
        if (fill.joined() != count) {
            throw new IOException("only " + fill.joined() + " of " + count + " people joined " + eventId);
        }
        start = System.nanoTime();
        admin.configure(eventId, "{\"paused\": false}");
        long admitted = awaitAdmitted(eventId, count);
        double admitting = seconds(System.nanoTime() - start);

        List<AdmittedPerson> people = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            people.add(new AdmittedPerson(eventId, n, picks.get(n)));
        }
        SeatRequests requestsOf = new SeatRequests(gateway);
        PersonTraffic.Result entered;
        try (PersonTraffic traffic = new PersonTraffic(gateway, connections)) {
            entered = traffic.run(people.stream().map(person -> person.enter(requestsOf)).toList(), AdmittedPerson.ENTERED, ENTER_LIMIT);
        }
        long withToken = people.stream().filter(AdmittedPerson::entered).count();
        print("    %s: %,d joined, %,d admitted in %.1f s, %,d entered through the gateway (%,.0f enters/s, latency ms %s; answers %s)",
                eventId, fill.joined(), admitted, admitting, withToken, entered.perSecond(), entered.latency(), entered.outcomes());
        if (withToken != count) {
            throw new IOException("only " + withToken + " of " + count + " people of " + eventId + " got a reservation token");
        }
        return people;
    }

    private long awaitAdmitted(String eventId, long count) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + ADMISSION_LIMIT.toNanos();
        long admitted = 0;
        while (System.nanoTime() < giveUp) {
            admitted = JsonNumbers.count(admin.stats(eventId), "admitted_total");
            if (admitted >= count) {
                return admitted;
            }
            Thread.sleep(100);
        }
        throw new IOException("only " + admitted + " of " + count + " people of " + eventId + " were admitted within "
                + ADMISSION_LIMIT.toSeconds() + " s");
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
