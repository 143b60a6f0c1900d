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
import java.nio.charset.StandardCharsets;
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
 * {@code POST /api/v1/queue/join} traffic on many keep-alive HTTP/1.1 connections, driven by one thread
 * that reads every connection through a selector and (at a constant rate) one that sends. A thread per
 * connection would spend the shared two cores on context switches that the gateway needs; this way the
 * load generator costs as little as it can.
 *
 * <p>Every join has a fresh idempotency key and user, built from a counter, so each is a real join.
 * A connection carries one join at a time, as a browser's does.
 */
final class JoinTraffic implements AutoCloseable {

    private static final int READ_BUFFER_BYTES = 16 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** One keep-alive connection and the join in flight on it. */
    private final class Lane {
        private final ByteBuffer read = ByteBuffer.allocate(READ_BUFFER_BYTES);
        private SocketChannel channel;
        /** When the join in flight began to count: sent (closed loop) or due (constant rate). */
        private volatile long fromNanos;
        private volatile boolean busy;

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

    private final InetSocketAddress gateway;
    private final byte[] head;
    private final String eventId;
    private final Selector selector;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicLong ids;

    /** @param ids where join ids come from; shared between runs on one event, so no id repeats */
    JoinTraffic(InetSocketAddress gateway, String eventId, int connections, AtomicLong ids) throws IOException {
        this.gateway = gateway;
        this.eventId = eventId;
        this.ids = ids;
        this.head = ("POST /api/v1/queue/join HTTP/1.1\r\nHost: " + gateway.getHostString() + ":" + gateway.getPort()
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII);
        this.selector = Selector.open();
        try {
            for (int c = 0; c < connections; c++) {
                Lane lane = new Lane();
                lane.open();
                lanes.add(lane);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    record Result(JoinTally tally, long offered, long notSent, Duration elapsed) {
        double joinsPerSecond() {
            return tally.acceptedPerSecond(elapsed);
        }

        double achievedPerSecond() {
            return tally.total() / (elapsed.toNanos() / 1e9);
        }
    }

    /** Every connection sends its next join as soon as the last one is answered, for {@code duration}. */
    Result closedLoop(Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        JoinTally sendFailures = new JoinTally();
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
     * Join n is due at {@code start + n / rate}; it goes out on a free connection at that moment and its
     * latency counts from then, so a gateway that falls behind cannot slow the schedule down and hide it
     * (coordinated omission). A join with no free connection waits for one, and that wait counts too.
     *
     * @param grace how long past the schedule's end joins may still be sent and answered; what is still
     *              unsent then is reported as not sent and what is unanswered as no answer, so a run always ends
     */
    Result constantRate(int ratePerSecond, Duration duration, Duration grace) throws InterruptedException {
        long offered = ratePerSecond * duration.toSeconds();
        double periodNanos = 1e9 / ratePerSecond;
        BlockingQueue<Lane> free = new ArrayBlockingQueue<>(lanes.size(), false, lanes);
        JoinTally sendFailures = new JoinTally();
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

    /** Sends a new join on an idle connection. A connection that fails is reopened for the next join. */
    private void send(Lane lane, long fromNanos, JoinTally failures) {
        lane.fromNanos = fromNanos;
        lane.busy = true;
        try {
            if (lane.channel == null) {
                lane.open();
            }
            ByteBuffer request = ByteBuffer.wrap(request(UniqueIds.of(ids.getAndIncrement())));
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

    private byte[] request(String id) {
        byte[] body = ("{\"event_id\":\"" + eventId + "\",\"user_id\":\"u" + id + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("k" + id + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + rest.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(rest, 0, request, head.length, rest.length);
        System.arraycopy(body, 0, request, head.length + rest.length, body.length);
        return request;
    }

    /** The thread that reads every answer and records it; the only writer of its tally. */
    private final class Reader {
        private final Consumer<Lane> whenFree;
        private final JoinTally tally = new JoinTally();
        private volatile boolean stopping;
        private Thread thread;

        Reader(Consumer<Lane> whenFree) {
            this.whenFree = whenFree;
        }

        void start() {
            thread = Thread.ofPlatform().name("join-answers").start(this::readUntilStopped);
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
                for (JoinAnswer answer = JoinAnswer.take(lane.read); answer != null; answer = JoinAnswer.take(lane.read)) {
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

        /** Waits until no join is in flight, or the deadline, then stops reading. */
        void stopWhenIdle(long deadlineNanos) throws InterruptedException {
            while (lanes.stream().anyMatch(lane -> lane.busy) && System.nanoTime() < deadlineNanos) {
                Thread.sleep(1);
            }
            stopping = true;
            selector.wakeup();
            thread.join();
        }

        /** This run's tally: the answers, the failed sends, and each join unanswered at the deadline as no answer. */
        JoinTally finish(JoinTally sendFailures) {
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
