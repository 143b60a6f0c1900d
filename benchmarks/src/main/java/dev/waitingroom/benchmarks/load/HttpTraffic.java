package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * HTTP traffic (joins, status calls: see {@link Requests}) on many keep-alive HTTP/1.1 connections,
 * driven by one thread that reads every connection through a selector and (at a constant rate) one that
 * sends. A thread per connection would spend the shared two cores on context switches that the gateway
 * needs; this way the load generator costs as little as it can.
 *
 * <p>Request n is built from a counter, so a join always has a fresh idempotency key and user. A
 * connection carries one request at a time, as a browser's does.
 */
final class HttpTraffic implements AutoCloseable {

    private static final int READ_BUFFER_BYTES = 16 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** One keep-alive connection and the request in flight on it. */
    private final class Lane {
        private final InetSocketAddress gateway;
        private final ByteBuffer read = ByteBuffer.allocate(READ_BUFFER_BYTES);
        private SocketChannel channel;
        /** When the request in flight began to count: sent (closed loop) or due (constant rate). */
        private volatile long fromNanos;
        private volatile boolean busy;

        Lane(InetSocketAddress gateway) {
            this.gateway = gateway;
        }

        void open() throws IOException {
            SocketChannel opened = SocketChannel.open();
            try {
                opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
                opened.socket().connect(gateway, (int) CONNECT_TIMEOUT.toMillis());
                opened.configureBlocking(false);
                read.clear();
                channel = opened;
                opened.register(selector, SelectionKey.OP_READ, this);
                selector.wakeup();
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // a connection we are done with: nothing to recover
                }
                channel = null;
            }
        }
    }

    private final Requests requests;
    private final Selector selector;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLong ids;

    /** @param ids where request numbers come from; shared between runs on one event, so no join id repeats */
    HttpTraffic(InetSocketAddress gateway, Requests requests, int connections, AtomicLong ids) throws IOException {
        this(List.of(gateway), requests, connections, ids);
    }

    /** Connection c goes to gateway c modulo their number, so several gateways share the connections evenly. */
    HttpTraffic(List<InetSocketAddress> gateways, Requests requests, int connections, AtomicLong ids) throws IOException {
        this.requests = requests;
        this.ids = ids;
        this.selector = Selector.open();
        try {
            for (int c = 0; c < connections; c++) {
                Lane lane = new Lane(gateways.get(c % gateways.size()));
                lane.open();
                lanes.add(lane);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    record Result(AnswerTally tally, long offered, long notSent, Duration elapsed) {
        /** Successful answers (202 joins, 200 status calls) per second. */
        double successesPerSecond() {
            return tally.succeededPerSecond(elapsed);
        }

        double achievedPerSecond() {
            return tally.total() / (elapsed.toNanos() / 1e9);
        }
    }

    /** Every connection sends its next request as soon as the last one is answered, for {@code duration}. */
    Result closedLoop(Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AnswerTally sendFailures = new AnswerTally(requests.success());
        Reader reader = new Reader(lane -> {
            if (System.nanoTime() < end) {
                send(lane, System.nanoTime(), sendFailures);
            }
        });
        reader.start();
        for (Lane lane : lanes) {
            send(lane, System.nanoTime(), sendFailures);
        }
        sleepUntil(end);
        reader.stopWhenIdle(end + CONNECT_TIMEOUT.toNanos());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(reader.finish(sendFailures), 0, 0, elapsed);
    }

    /**
     * Request n is due at {@code start + n / rate}; it goes out on a free connection at that moment and its
     * latency counts from then, so a gateway that falls behind cannot slow the schedule down and hide it
     * (coordinated omission). A request with no free connection waits for one, and that wait counts too.
     *
     * @param grace how long past the schedule's end requests may still be sent and answered; what is still
     *              unsent then is reported as not sent and what is unanswered as no answer, so a run always ends
     */
    Result constantRate(int ratePerSecond, Duration duration, Duration grace) throws InterruptedException {
        long offered = ratePerSecond * duration.toSeconds();
        double periodNanos = 1e9 / ratePerSecond;
        BlockingQueue<Lane> free = new ArrayBlockingQueue<>(lanes.size(), false, lanes);
        AnswerTally sendFailures = new AnswerTally(requests.success());
        Reader reader = new Reader(free::add);
        reader.start();
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        long giveUp = start + duration.toNanos() + grace.toNanos();
        long n = 0;
        for (; n < offered; n++) {
            long due = start + (long) (n * periodNanos);
            sleepUntil(due);
            Lane lane = free.poll(Math.max(0, giveUp - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (lane == null) {
                break;
            }
            send(lane, due, sendFailures);
        }
        reader.stopWhenIdle(giveUp);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(reader.finish(sendFailures), offered, offered - n, elapsed);
    }

    /** Sends the next request on an idle connection. A connection that fails is reopened for the next one. */
    private void send(Lane lane, long fromNanos, AnswerTally failures) {
        lane.fromNanos = fromNanos;
        lane.busy = true;
        try {
            if (lane.channel == null) {
                lane.open();
            }
            ByteBuffer request = ByteBuffer.wrap(requests.request(ids.getAndIncrement()));
            long giveUp = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
            while (request.hasRemaining()) {
                if (lane.channel.write(request) == 0) {
                    if (System.nanoTime() > giveUp) { // a full send buffer for that long: the gateway stopped reading
                        throw new IOException("the gateway took no request bytes for " + CONNECT_TIMEOUT.toSeconds() + " s");
                    }
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            synchronized (failures) {
                failures.failed(System.nanoTime() - fromNanos);
            }
            lane.close();
            lane.busy = false;
        }
    }

    /** The thread that reads every answer and records it; the only writer of its tally. */
    private final class Reader {
        private final Consumer<Lane> whenFree;
        private final AnswerTally tally = new AnswerTally(requests.success());
        private volatile boolean stopping;
        private Thread thread;

        Reader(Consumer<Lane> whenFree) {
            this.whenFree = whenFree;
        }

        void start() {
            thread = Thread.ofPlatform().name("http-answers").start(this::readUntilStopped);
        }

        private void readUntilStopped() {
            try {
                while (!stopping) {
                    selector.select(this::answered, 10);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClosedSelectorException closed) {
                // the traffic was closed
            }
        }

        private void answered(SelectionKey key) {
            Lane lane = (Lane) key.attachment();
            try {
                if (lane.channel == null || lane.channel.read(lane.read) < 0) {
                    throw new IOException("the gateway closed the connection");
                }
                for (HttpAnswer answer = HttpAnswer.take(lane.read); answer != null; answer = HttpAnswer.take(lane.read)) {
                    tally.answered(answer.status(), System.nanoTime() - lane.fromNanos);
                    if (answer.closes()) {
                        lane.close();
                    }
                    lane.busy = false;
                    whenFree.accept(lane);
                }
            } catch (IOException | RuntimeException e) {
                key.cancel();
                lane.close();
                if (lane.busy) {
                    tally.failed(System.nanoTime() - lane.fromNanos);
                    lane.busy = false;
                    whenFree.accept(lane);
                }
            }
        }

        /** Waits until no request is in flight, or the deadline, then stops reading. */
        void stopWhenIdle(long deadlineNanos) throws InterruptedException {
            while (lanes.stream().anyMatch(lane -> lane.busy) && System.nanoTime() < deadlineNanos) {
                Thread.sleep(1);
            }
            stopping = true;
            selector.wakeup();
            thread.join();
        }

        /** This run's tally: the answers, the failed sends, and each request unanswered at the deadline as no answer. */
        AnswerTally finish(AnswerTally sendFailures) {
            tally.add(sendFailures);
            for (Lane lane : lanes) {
                if (lane.busy) {
                    tally.failed(System.nanoTime() - lane.fromNanos);
                    lane.close();
                    lane.busy = false;
                }
            }
            return tally;
        }
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() {
        lanes.forEach(Lane::close);
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to do with it
        }
    }
}
