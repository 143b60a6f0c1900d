package dev.waitingroom.failover;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * After the load, with the store healthy again: reads back everything the gateways promised (every acknowledged
 * join, hold and purchase) and the seat counters, and counts what the failover broke.
 */
final class Audit {

    /** The audit's own requests may meet a 503 while a gateway's view of the store settles: asked again this long. */
    private static final Duration PERSISTENCE = Duration.ofSeconds(10);
    private static final int AT_ONCE = 16;

    /** What the audit found; each figure is a count. */
    record Findings(int joinsChecked, int lostJoins, int endedWithoutCause, int admittedTwice, int holdsChecked,
                    int holdsUnreadable, int seatsInTwoHolds, int confirmsChecked, int lostConfirms,
                    Map<String, String> counters) {

        boolean countersConsistent() {
            return counters.values().stream().allMatch(String::isEmpty);
        }
    }

    private final Calls calls;
    private final Ledger ledger;
    private final List<String> events;

    Audit(Calls calls, Ledger ledger, List<String> events) {
        this.calls = calls;
        this.ledger = ledger;
        this.events = List.copyOf(events);
    }

    Findings run() throws InterruptedException {
        Set<String> admittedTwice = ConcurrentHashMap.newKeySet();
        admittedTwice.addAll(ledger.admittedTwice());
        Map<String, String> joinState = readJoins(admittedTwice);
        Map<String, String> holdState = readHolds();
        Map<String, Map<String, String>> seatMaps = new HashMap<>();
        Map<String, String> counters = new HashMap<>();
        for (String event : events) {
            counters.put(event, countersAgainstSeatMap(event, seatMaps));
        }
        return new Findings(joinState.size(), count(joinState, "lost"), count(joinState, "ended without cause"),
                admittedTwice.size(), holdState.size(), count(holdState, "unreadable"), seatsInTwoHolds(holdState),
                ledger.confirms().size(), lostConfirms(holdState, seatMaps), counters);
    }

    /** Each acknowledged token: still known (200), ended by its own purchase, ended without cause, or lost. */
    private Map<String, String> readJoins(Set<String> admittedTwice) throws InterruptedException {
        return inParallel(ledger.joins().keySet(), token -> {
            Answer status = persisting(gateway -> calls.status(gateway, "audit-status", token));
            if (status.is(200)) {
                if ("waiting".equals(status.text("status")) && ledger.wasAdmitted(token)) {
                    admittedTwice.add(token);
                }
                return "known";
            }
            return switch (status.errorCode()) {
                case "TOKEN_NOT_FOUND" -> "lost";
                // a purchase closes the admission window, and a closed window's token answers TOKEN_EXPIRED
                case "TOKEN_EXPIRED" -> ledger.purchaseWasAsked(token) ? "ended by purchase" : "ended without cause";
                default -> "unreadable " + status.label();
            };
        });
    }

    /** Each known hold's state now (HOLD, CONFIRMED, CANCELLED, EXPIRED), or unreadable. */
    private Map<String, String> readHolds() throws InterruptedException {
        Map<String, Ledger.Hold> holds = ledger.holds();
        return inParallel(holds.keySet(), id -> {
            Ledger.Hold hold = holds.get(id);
            Answer read = persisting(gateway -> calls.reservation(gateway, "audit-reservation", hold.pass(), id));
            return read.is(200) ? read.text("status") : "unreadable";
        });
    }

    /** Seats that two live holds (HOLD or CONFIRMED now) both claim. */
    private int seatsInTwoHolds(Map<String, String> holdState) {
        Map<String, Integer> claims = new HashMap<>();
        ledger.holds().forEach((id, hold) -> {
            if (Set.of("HOLD", "CONFIRMED").contains(holdState.get(id))) {
                hold.seats().forEach(seat -> claims.merge(hold.event() + "/" + seat, 1, Integer::sum));
            }
        });
        return (int) claims.values().stream().filter(claimants -> claimants > 1).count();
    }

    /** Acknowledged purchases no longer CONFIRMED, or whose seats the seat map does not show SOLD. */
    private int lostConfirms(Map<String, String> holdState, Map<String, Map<String, String>> seatMaps) {
        int lost = 0;
        for (String id : ledger.confirms()) {
            Ledger.Hold hold = ledger.holds().get(id);
            Map<String, String> seats = seatMaps.getOrDefault(hold.event(), Map.of());
            boolean sold = hold.seats().stream().allMatch(seat -> "SOLD".equals(seats.get(seat)));
            if (!"CONFIRMED".equals(holdState.get(id)) || !sold) {
                lost++;
            }
        }
        return lost;
    }

    /**
     * The stats' seat counters against the seat map's states, read between two identical seat maps (a hold running
     * out in between would otherwise look like a mismatch). Empty when they agree, else what differs.
     */
    private String countersAgainstSeatMap(String event, Map<String, Map<String, String>> seatMaps) {
        String difference = "never read";
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, String> before = seatMap(event);
            Answer stats = persisting(gateway -> calls.stats(gateway, event));
            Map<String, String> after = seatMap(event);
            if (before == null || after == null || !stats.is(200)) {
                difference = "unreadable (stats " + stats.label() + ")";
                continue;
            }
            seatMaps.put(event, after);
            if (!before.equals(after)) {
                difference = "the seat map changed while reading";
                continue;
            }
            Map<String, Long> counted = new HashMap<>();
            after.values().forEach(state -> counted.merge(state, 1L, Long::sum));
            String told = stats.body().path("seats_available").asLong(-1) + "/" + stats.body().path("seats_held").asLong(-1)
                    + "/" + stats.body().path("seats_sold").asLong(-1);
            String seen = counted.getOrDefault("AVAILABLE", 0L) + "/" + counted.getOrDefault("HELD", 0L) + "/"
                    + counted.getOrDefault("SOLD", 0L);
            return told.equals(seen) ? "" : "stats say available/held/sold " + told + ", the seat map " + seen;
        }
        return difference;
    }

    private Map<String, String> seatMap(String event) {
        Answer map = persisting(gateway -> calls.seats(gateway, "audit-seats", event));
        if (!map.is(200)) {
            return null;
        }
        Map<String, String> states = new HashMap<>();
        map.body().path("seats").forEach(seat -> states.put(seat.path("seat_id").asText(), seat.path("status").asText()));
        return states;
    }

    private Answer persisting(IntFunction<Answer> request) {
        long until = System.nanoTime() + PERSISTENCE.toNanos();
        Answer answer = request.apply(calls.anyGateway());
        while (answer.unavailable() && System.nanoTime() < until) {
            Crowd.pause(Duration.ofMillis(200));
            answer = request.apply(calls.anyGateway());
        }
        return answer;
    }

    /** Reads many things a few at a time, so that thousands of reads take seconds, not minutes. */
    private static Map<String, String> inParallel(Set<String> keys, java.util.function.Function<String, String> read)
            throws InterruptedException {
        Semaphore slots = new Semaphore(AT_ONCE);
        Map<String, Future<String>> pending = new HashMap<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String key : keys) {
                pending.put(key, executor.submit(() -> {
                    slots.acquire();
                    try {
                        return read.apply(key);
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        Map<String, String> results = new HashMap<>();
        for (var entry : pending.entrySet()) {
            try {
                results.put(entry.getKey(), entry.getValue().get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading " + entry.getKey() + " failed", e.getCause());
            }
        }
        return results;
    }

    private static int count(Map<String, String> states, String state) {
        return (int) states.values().stream().filter(state::equals).count();
    }
}
