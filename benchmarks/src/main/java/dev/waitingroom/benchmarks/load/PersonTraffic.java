package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests whose next one depends on the last answer (enter, then hold with the token it gave, then confirm
 * the reservation the hold made), for many people at once: {@code connections} keep-alive HTTP/1.1
 * connections, each serving one person at a time, closed loop. A connection sends a person's request,
 * hands the answer to that person, sends their next request if they have one, else takes the next person
 * of the list. One thread does it all through a selector, as {@link HttpTraffic} does, to leave the
 * shared cores to the gateway and Redis.
 */
final class PersonTraffic implements AutoCloseable {

    private static final int READ_BUFFER_BYTES = 16 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** One person's requests of one pass, one at a time. */
    interface Exchange {

        /** The whole HTTP/1.1 request to send now. */
        byte[] request();

        /**
         * The answer to the last request.
         *
         * @return whether this person sends another request (e.g. picks other seats after a refusal)
         */
        boolean answered(int status, String body);
    }

    /**
     * @param tally      every answer by status, with its latency from send to answer
     * @param outcomes   every answer by status and error code, e.g. {@code 409 SEAT_UNAVAILABLE}
     * @param unfinished people not served when the time limit came (their request in flight counts as no answer)
     */
    record Result(AnswerTally tally, Map<String, Long> outcomes, long unfinished, Duration elapsed) {

        double perSecond() {
            return tally.total() / seconds();
        }

        double succeededPerSecond() {
            return tally.succeededPerSecond(elapsed);
        }

        double seconds() {
            return elapsed.toNanos() / 1e9;
        }

        /** e.g. {@code p50 1.234 p95 ... max ...} in ms */
        String latency() {
            return String.format(java.util.Locale.ROOT, "p50 %.3f p95 %.3f p99 %.3f max %.3f", tally.percentileMillis(50),
                    tally.percentileMillis(95), tally.percentileMillis(99), tally.maxMillis());
        }
    }

    /** One keep-alive connection and the person it serves. */
    private final class Lane {
        private final ByteBuffer read = ByteBuffer.allocate(READ_BUFFER_BYTES);
        private SocketChannel channel;
        private Exchange person;
        private long sentNanos;
        private boolean inFlight;

        void open() throws IOException {
            SocketChannel opened = SocketChannel.open();
            try {
                opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
                opened.socket().connect(gateway, (int) CONNECT_TIMEOUT.toMillis());
                opened.configureBlocking(false);
                opened.register(selector, SelectionKey.OP_READ, this);
                read.clear();
                channel = opened;
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
    private final Selector selector;
    private final List<Lane> lanes = new ArrayList<>();

    PersonTraffic(InetSocketAddress gateway, int connections) throws IOException {
        this.gateway = gateway;
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

    /** Serves every person of the list once, or as many as {@code limit} allows; then stops by itself. */
    Result run(List<? extends Exchange> people, int success, Duration limit) throws IOException {
        Run run = new Run(people.iterator(), success);
        long start = System.nanoTime();
        long giveUp = start + limit.toNanos();
        for (Lane lane : lanes) {
            run.serveNext(lane);
        }
        while (lanes.stream().anyMatch(lane -> lane.inFlight) && System.nanoTime() < giveUp) {
            selector.select(key -> run.answered((Lane) key.attachment()), 10);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long unfinished = 0;
        for (Lane lane : lanes) {
            if (lane.inFlight) {
                run.noAnswer(lane);
                unfinished++;
            }
        }
        while (run.waiting.hasNext()) {
            run.waiting.next();
            unfinished++;
        }
        return new Result(run.tally, run.outcomes, unfinished, elapsed);
    }

    /** The state of one {@link #run}: who is next, and what was answered. */
    private final class Run {
        private final Iterator<? extends Exchange> waiting;
        private final AnswerTally tally;
        private final Map<String, Long> outcomes = new TreeMap<>();

        Run(Iterator<? extends Exchange> waiting, int success) {
            this.waiting = waiting;
            this.tally = new AnswerTally(success);
        }

        void serveNext(Lane lane) {
            lane.person = waiting.hasNext() ? waiting.next() : null;
            if (lane.person != null) {
                send(lane);
            }
        }

        /** A request that cannot be sent ends that person's turn as no answer; the lane reconnects for the next. */
        private void send(Lane lane) {
            lane.sentNanos = System.nanoTime();
            lane.inFlight = true;
            try {
                if (lane.channel == null) {
                    lane.open();
                }
                ByteBuffer request = ByteBuffer.wrap(lane.person.request());
                long giveUp = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
                while (request.hasRemaining()) {
                    if (lane.channel.write(request) == 0) {
                        if (System.nanoTime() > giveUp) {
                            throw new IOException("the gateway took no request bytes for " + CONNECT_TIMEOUT.toSeconds() + " s");
                        }
                        Thread.onSpinWait();
                    }
                }
            } catch (IOException e) {
                noAnswer(lane);
                lane.close();
                serveNext(lane);
            }
        }

        void noAnswer(Lane lane) {
            tally.failed(System.nanoTime() - lane.sentNanos);
            outcomes.merge("no-answer", 1L, Long::sum);
            lane.inFlight = false;
        }

        void answered(Lane lane) {
            try {
                if (lane.channel == null || lane.channel.read(lane.read) < 0) {
                    throw new IOException("the gateway closed the connection");
                }
                for (HttpAnswer answer = HttpAnswer.take(lane.read, true); answer != null; answer = HttpAnswer.take(lane.read, true)) {
                    tally.answered(answer.status(), System.nanoTime() - lane.sentNanos);
                    String outcome = answer.status() + JsonStrings.of(answer.body(), "code").map(code -> " " + code).orElse("");
                    outcomes.merge(outcome, 1L, Long::sum);
                    lane.inFlight = false;
                    if (answer.closes()) {
                        lane.close();
                    }
                    if (lane.person.answered(answer.status(), answer.body())) {
                        send(lane);
                    } else {
                        serveNext(lane);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a broken connection or answer ends this person's turn; the lane goes on with the next one
                lane.close();
                if (lane.inFlight) {
                    noAnswer(lane);
                }
                serveNext(lane);
            }
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
