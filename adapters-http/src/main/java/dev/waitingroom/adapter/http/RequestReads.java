package dev.waitingroom.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ServerConnectionException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Every read of one connection's request bytes, under the request read timeout: a request must arrive
 * whole (request line, headers, body) within the timeout of its first byte, or of the connection's start
 * for the first request. Otherwise the server answers 408 (when part of a request came and nothing was
 * answered yet) and closes. Helidon 4.5.0 has no read timeout of its own on the server side, so a request
 * left unfinished held its connection for good. A kept-alive connection waiting for its next request is
 * not timed here: Helidon's idle-connection timeout closes those.
 * <p>
 * A client that closes the connection in the middle of a request is its own business: logged at debug
 * level, and the connection ends as a close, not as a server failure.
 * <p>
 * All methods but the timer's run on the connection's own thread.
 */
final class RequestReads implements Supplier<byte[]> {

    private static final System.Logger LOG = System.getLogger(RequestReads.class.getName());
    private static final int IDLE = 0;
    private static final int READING = 1;
    private static final int EXPIRED = 2;

    private final ConnectionContext connection;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private DataReader parsed = DataReader.create(() -> null);
    private BooleanSupplier readingRequestLine = () -> false;
    private long requestStart = System.nanoTime();
    private boolean receivedAny;
    private boolean wasReadingRequestLine;
    private boolean answered;

    RequestReads(ConnectionContext connection, Duration timeout, ScheduledExecutorService timer) {
        this.connection = connection;
        this.timeout = timeout;
        this.timer = timer;
    }

    /**
     * @param parsed             the reader these reads feed, to see what it holds
     * @param readingRequestLine whether the connection is reading a request line (or waiting for one)
     */
    void attach(DataReader parsed, BooleanSupplier readingRequestLine) {
        this.parsed = parsed;
        this.readingRequestLine = readingRequestLine;
    }

    /** The current request has been answered: a late rest of it is closed on, not answered twice. */
    void answered() {
        answered = true;
    }

    @Override
    public byte[] get() {
        boolean requestLine = readingRequestLine.getAsBoolean();
        if (requestLine && !wasReadingRequestLine) {
            nextRequest(); // the previous request is done; pipelined bytes of this one may be here already
        }
        wasReadingRequestLine = requestLine;
        boolean betweenRequests = receivedAny && requestLine && parsed.available() == 0;
        byte[] bytes = betweenRequests ? readFromSocket() : readBefore(requestStart + timeout.toNanos());
        if (bytes == null) {
            if (receivedAny && !betweenRequests) {
                LOG.log(Level.DEBUG, () -> "the client closed the connection in the middle of a request "
                        + connection.remotePeer().address());
                throw new CloseConnectionException("the client closed the connection in the middle of a request");
            }
            return null;
        }
        if (betweenRequests) {
            nextRequest();
        }
        receivedAny = true;
        return bytes;
    }

    private void nextRequest() {
        requestStart = System.nanoTime();
        answered = false;
    }

    private byte[] readBefore(long deadline) {
        boolean answerLateRequest = receivedAny && !answered;
        state.set(READING);
        ScheduledFuture<?> alarm = null;
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            expire(answerLateRequest);
        } else {
            try {
                alarm = timer.schedule(() -> expire(answerLateRequest), left, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                // the server is stopping and closes every connection itself
            }
        }
        byte[] bytes;
        try {
            bytes = readFromSocket();
        } catch (RuntimeException e) {
            if (state.get() == EXPIRED) {
                throw timedOut();
            }
            throw e;
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
        if (!state.compareAndSet(READING, IDLE)) {
            throw timedOut();
        }
        return bytes;
    }

    /** On the timer's thread while the connection's thread waits in a read: the only way to end that wait. */
    private void expire(boolean answerLateRequest) {
        if (!state.compareAndSet(READING, EXPIRED)) {
            return;
        }
        if (answerLateRequest) {
            try {
                connection.dataWriter().writeNow(BufferData.create(RawAnswers.requestTimeout(timeout)));
            } catch (RuntimeException gone) {
                // the client is gone too; closing is all there is left to do
            }
        }
        connection.serverSocket().close();
    }

    private CloseConnectionException timedOut() {
        LOG.log(Level.DEBUG, () -> "a request did not arrive whole within " + timeout.toMillis() + " ms, closed "
                + connection.remotePeer().address());
        return new CloseConnectionException("the request did not arrive in time");
    }

    /** The next bytes from the socket, or null at its end; a broken socket ends the connection quietly. */
    private byte[] readFromSocket() {
        DataReader peeked = connection.dataReader(); // empty unless Helidon looked at the first bytes itself
        if (peeked.available() > 0) {
            return peeked.readBytes(peeked.available());
        }
        try {
            return connection.serverSocket().get();
        } catch (UncheckedIOException e) {
            throw new ServerConnectionException("reading from the socket failed", e);
        }
    }
}
