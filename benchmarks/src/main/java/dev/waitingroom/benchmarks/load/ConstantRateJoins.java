package dev.waitingroom.benchmarks.load;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a constant arrival rate, corrected for coordinated omission.
 *
 * <p>Join number n is due at {@code start + n / rate}. A pool of connections takes the joins in order;
 * each waits for its join's intended start, sends it, and records the time from the INTENDED start to
 * the answer. When the gateway falls behind, the joins that should already have gone out are sent late
 * and their wait is part of their latency, exactly as a person in a rush would experience it, instead
 * of the load generator silently slowing down to the gateway's pace.
 */
final class ConstantRateJoins {

    private final InetSocketAddress gateway;

    ConstantRateJoins(InetSocketAddress gateway) {
        this.gateway = gateway;
    }

    record Result(JoinTally tally, long offered, long notSent, Duration elapsed) {
        double achievedPerSecond() {
            return tally.total() / (elapsed.toNanos() / 1e9);
        }
    }

    /**
     * @param grace how long past the schedule's end the last joins may still be sent; whatever is
     *              still unsent then is reported as not sent, so the run always ends
     */
    Result run(String eventId, int ratePerSecond, Duration duration, int connections, Duration grace)
            throws InterruptedException {
        long offered = ratePerSecond * duration.toSeconds();
        double periodNanos = 1e9 / ratePerSecond;
        AtomicLong next = new AtomicLong();
        AtomicLong notSent = new AtomicLong();
        long start = System.nanoTime() + Duration.ofMillis(100).toNanos(); // every thread has started before join 0 is due
        long giveUp = start + duration.toNanos() + grace.toNanos();
        List<JoinTally> tallies = new ArrayList<>(connections);
        List<Thread> threads = new ArrayList<>(connections);
        for (int c = 0; c < connections; c++) {
            JoinTally tally = new JoinTally();
            tallies.add(tally);
            threads.add(Thread.ofPlatform().name("constant-rate-", c).start(() -> {
                try (JoinConnection connection = new JoinConnection(gateway, eventId)) {
                    long n;
                    while ((n = next.getAndIncrement()) < offered) {
                        long intended = start + (long) (n * periodNanos);
                        if (System.nanoTime() > giveUp) {
                            notSent.incrementAndGet();
                            continue;
                        }
                        awaitUntil(intended);
                        tally.join(connection, n, intended);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(JoinTally.sum(tallies), offered, notSent.get(), elapsed);
    }

    private static void awaitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
