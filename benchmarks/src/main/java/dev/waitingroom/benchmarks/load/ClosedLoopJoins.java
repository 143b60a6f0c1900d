package dev.waitingroom.benchmarks.load;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gateway throughput: C clients, each on its own keep-alive connection, each sending its next join as
 * soon as the previous one is answered, for a fixed time.
 */
final class ClosedLoopJoins {

    private final InetSocketAddress gateway;

    ClosedLoopJoins(InetSocketAddress gateway) {
        this.gateway = gateway;
    }

    record Result(JoinTally tally, Duration elapsed) {
        double joinsPerSecond() {
            return tally.acceptedPerSecond(elapsed);
        }
    }

    Result run(String eventId, int clients, Duration duration) throws InterruptedException {
        AtomicLong ids = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<JoinTally> tallies = new ArrayList<>(clients);
        List<Thread> threads = new ArrayList<>(clients);
        for (int c = 0; c < clients; c++) {
            JoinTally tally = new JoinTally();
            tallies.add(tally);
            // Platform threads: the gateway's own virtual threads run in this JVM, and the load must
            // not queue behind them on the same carrier threads.
            threads.add(Thread.ofPlatform().name("closed-loop-", c).start(() -> {
                try (JoinConnection connection = new JoinConnection(gateway, eventId)) {
                    while (System.nanoTime() < end) {
                        tally.join(connection, ids.getAndIncrement(), System.nanoTime());
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(JoinTally.sum(tallies), elapsed);
    }
}
