package dev.waitingroom.failover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * From the kill on, each gateway is asked for a fresh join to the busy event again and again until it accepts one:
 * the first 202 after the kill is when that gateway serves newcomers again.
 */
final class RecoveryProbe {

    private static final Duration BETWEEN_TRIES = Duration.ofMillis(100);

    private final List<Thread> probes = new ArrayList<>();
    private final List<AtomicLong> recoveredAt = new ArrayList<>();
    private final long killedAt;

    /** Starts probing every gateway at once; {@code killedAt} is {@link System#nanoTime()} at the kill. */
    RecoveryProbe(Calls calls, Ledger ledger, String busy, int gateways, long killedAt, Duration giveUpAfter) {
        this.killedAt = killedAt;
        long giveUpAt = killedAt + giveUpAfter.toNanos();
        for (int gateway = 0; gateway < gateways; gateway++) {
            AtomicLong recovered = new AtomicLong(-1);
            recoveredAt.add(recovered);
            int probed = gateway;
            probes.add(Thread.ofVirtual().name("probe-", gateway).start(() -> {
                while (System.nanoTime() < giveUpAt) {
                    Answer joined = calls.join(probed, "probe-join", busy, "probe-" + UUID.randomUUID(),
                            UUID.randomUUID().toString());
                    if (joined.is(202)) {
                        // an acknowledged join like any other: the audit looks for it too
                        ledger.joined(joined.text("waiting_token"), busy);
                        recovered.set(System.nanoTime());
                        return;
                    }
                    Crowd.pause(BETWEEN_TRIES);
                }
            }));
        }
    }

    /** Until every probe got its 202 or gave up. */
    void awaitEnd(Duration deadline) throws InterruptedException {
        long until = System.nanoTime() + deadline.toNanos();
        for (Thread probe : probes) {
            probe.join(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
        }
    }

    /** Each gateway's time from the kill to its first accepted join; empty for one that never accepted one. */
    List<Optional<Duration>> recoveries() {
        return recoveredAt.stream()
                .map(at -> at.get() < 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofNanos(at.get() - killedAt)))
                .toList();
    }
}
