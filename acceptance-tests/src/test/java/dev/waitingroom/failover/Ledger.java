package dev.waitingroom.failover;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateways promised the crowd: the joins they acknowledged, the admissions people saw, the holds
 * and purchases they confirmed. The audit holds the store to these promises after the failover.
 */
final class Ledger {

    /** A hold the gateway acknowledged (201), or one a person found it had after a 503 (HOLD_EXISTS). */
    record Hold(String event, String reservation, List<String> seats, String pass, String token, boolean acknowledged) {
    }

    private final Map<String, String> joins = new ConcurrentHashMap<>();
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();
    private final Set<String> admittedTwice = ConcurrentHashMap.newKeySet();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private final Set<String> confirms = ConcurrentHashMap.newKeySet();
    /** Tokens whose purchase was asked for: their window may have closed for that reason alone. */
    private final Set<String> purchasesAsked = ConcurrentHashMap.newKeySet();

    void joined(String token, String event) {
        joins.put(token, event);
    }

    /** A status said ready, or an entry pass was given. */
    void admitted(String token) {
        admitted.add(token);
    }

    /** A status said waiting: after an admission seen, that is the admission undone (and to be given again). */
    void seenWaiting(String token) {
        if (admitted.contains(token)) {
            admittedTwice.add(token);
        }
    }

    void held(Hold hold) {
        holds.put(hold.reservation(), hold);
    }

    void purchaseAsked(String token) {
        purchasesAsked.add(token);
    }

    void confirmed(String reservation) {
        confirms.add(reservation);
    }

    Map<String, String> joins() {
        return Map.copyOf(joins);
    }

    boolean wasAdmitted(String token) {
        return admitted.contains(token);
    }

    int admissions() {
        return admitted.size();
    }

    Set<String> admittedTwice() {
        return Set.copyOf(admittedTwice);
    }

    Map<String, Hold> holds() {
        return Map.copyOf(holds);
    }

    Set<String> confirms() {
        return Set.copyOf(confirms);
    }

    boolean purchaseWasAsked(String token) {
        return purchasesAsked.contains(token);
    }
}
