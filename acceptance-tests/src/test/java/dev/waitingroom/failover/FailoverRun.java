package dev.waitingroom.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One sale that loses the primary keeping its busiest event: three gateways, a crowd buying tickets through them,
 * the primary SIGKILLed a few seconds in, a replica taking over, the killed node back as a replica; then what the
 * gateways answered, how soon each served newcomers again, and what the store still holds of what they promised.
 */
final class FailoverRun {

    static final String BUSY = "busy";
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(1000);
    private static final int CROWD = 40;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(3);
    private static final Duration STORE_DEADLINE = Duration.ofSeconds(30);
    /** Probes keep trying past any bound, so that a slow recovery is measured rather than just failed. */
    private static final Duration PROBES_GIVE_UP = Duration.ofSeconds(40);
    /** With replica durability a primary refuses changes until a replica is back: allowed this long after that. */
    private static final Duration AFTER_REPLICA_BACK = Duration.ofSeconds(3);

    private FailoverRun() {
    }

    /**
     * @param durability  {@code local} or {@code replica}
     * @param recoveryBound how soon after the kill each gateway must accept joins again (with {@code replica}: or
     *                    3 s after the killed node is a replica again, whichever is later)
     */
    static Outcome run(Supplier<FailingStore> startStore, String durability, Duration recoveryBound)
            throws InterruptedException {
        try (FailingStore store = startStore.get();
             Gateways gateways = new Gateways(store, durability, REDIS_TIMEOUT)) {
            Calls calls = new Calls(gateways.addresses(), gateways.adminToken(), REDIS_TIMEOUT);
            List<String> quiet = store.quietEvents(BUSY, 2);
            openEvent(calls, BUSY, 40, "B", 300);
            quiet.forEach(event -> openEvent(calls, event, 10, event.toUpperCase(), 60));

            Ledger ledger = new Ledger();
            Crowd crowd = new Crowd(calls, ledger, BUSY, quiet);
            crowd.start(CROWD);
            try {
                Crowd.pause(LOAD_BEFORE_KILL);
                awaitSale(ledger);

                String killed = store.killPrimaryOf(BUSY);
                long killedAt = System.nanoTime();
                RecoveryProbe probe = new RecoveryProbe(calls, ledger, BUSY, Gateways.COUNT, killedAt, PROBES_GIVE_UP);
                QuietWatch quietWatch = new QuietWatch(calls, ledger, quiet, Gateways.COUNT);
                store.awaitFailover(STORE_DEADLINE);
                Duration toFailover = since(killedAt);
                Map<String, Long> quietDuringFailover = quietWatch.stop();
                store.restartKilled();
                store.awaitHealthy(STORE_DEADLINE);
                Duration toHealthy = since(killedAt);
                probe.awaitEnd(PROBES_GIVE_UP.plusSeconds(5));
                Crowd.pause(LOAD_AFTER_RECOVERY);
                crowd.stop(REDIS_TIMEOUT.plusSeconds(10));

                Duration bound = durability.equals("replica") && toHealthy.plus(AFTER_REPLICA_BACK).compareTo(recoveryBound) > 0
                        ? toHealthy.plus(AFTER_REPLICA_BACK) : recoveryBound;
                List<String> events = new ArrayList<>(quiet);
                events.addFirst(BUSY);
                Audit.Findings found = new Audit(calls, ledger, events).run();
                Outcome outcome = new Outcome(store + ", durability " + durability, calls.answers(), killed, toFailover,
                        toHealthy, probe.recoveries(), bound, ledger.admissions(), ledger.holds().size(), found,
                        quietDuringFailover);
                outcome.print();
                return outcome;
            } finally {
                crowd.stop(REDIS_TIMEOUT.plusSeconds(10));
            }
        }
    }

    /** Open, unpaused, with its seats; nobody is dropped for silence or loses a window during the run. */
    private static void openEvent(Calls calls, String event, int perSecond, String row, int seats) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("admission_rate_per_sec", perSecond);
        settings.put("max_active", 5000);
        settings.put("entry_ttl_sec", 60);
        settings.put("abandon_after_sec", 60);
        settings.put("paused", false);
        settings.put("seats", IntStream.rangeClosed(1, seats).mapToObj(n -> row + "-" + n).toList());
        settings.put("hold_ttl_sec", 30);
        settings.put("max_seats_per_hold", 2);
        Answer opened = calls.openEvent(calls.anyGateway(), event, settings);
        assertThat(opened.code()).as("opening %s: %s", event, opened.body()).isEqualTo(200);
    }

    /** The kill should land mid-sale: people holding and buying seats, not still queueing for the first time. */
    private static void awaitSale(Ledger ledger) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (ledger.confirms().isEmpty() && System.nanoTime() < until) {
            Crowd.pause(Duration.ofMillis(100));
        }
        assertThat(ledger.confirms()).as("purchases before the kill").isNotEmpty();
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
