package dev.waitingroom.failover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * From the kill until the failover is done, each gateway is asked for joins to the quiet events again and again.
 * On a Cluster those events live on primaries that did not die, so they should be served all along: one primary's
 * failure is its own events' outage, not the gateway's.
 */
final class QuietWatch {

    private static final Duration BETWEEN_TRIES = Duration.ofMillis(50);

    private final List<Thread> watchers = new ArrayList<>();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final AtomicBoolean over = new AtomicBoolean();

    QuietWatch(Calls calls, Ledger ledger, List<String> quiet, int gateways) {
        for (int gateway = 0; gateway < gateways; gateway++) {
            int watched = gateway;
            watchers.add(Thread.ofVirtual().name("quiet-watch-", gateway).start(() -> {
                for (int n = 0; !over.get(); n++) {
                    String event = quiet.get(n % quiet.size());
                    Answer joined = calls.join(watched, "quiet-join", event, "quiet-" + UUID.randomUUID(),
                            UUID.randomUUID().toString());
                    if (joined.is(202)) {
                        ledger.joined(joined.text("waiting_token"), event);
                    }
                    answers.computeIfAbsent(joined.label(), label -> new LongAdder()).increment();
                    Crowd.pause(BETWEEN_TRIES);
                }
            }));
        }
    }

    /** Stops watching (once the failover is done) and answers what the quiet events' joins got meanwhile. */
    Map<String, Long> stop() throws InterruptedException {
        over.set(true);
        for (Thread watcher : watchers) {
            watcher.join(Duration.ofSeconds(10));
        }
        Map<String, Long> tally = new TreeMap<>();
        answers.forEach((label, count) -> tally.put(label, count.sum()));
        return tally;
    }
}
