package dev.waitingroom.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.common.task.InterruptableTask;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * One client connection: Helidon's HTTP/1.1 connection, reading through {@link RequestReads} (the read
 * timeout) and {@link ChunkLineReader} (chunk lines), counted against the connection limit. A connection
 * over the limit is answered 503 and closed instead of served.
 */
final class GuardedConnection implements ServerConnection {

    private static final System.Logger LOG = System.getLogger(GuardedConnection.class.getName());
    private static final ThreadLocal<GuardedConnection> ON_THIS_THREAD = new ThreadLocal<>();
    private static final int MAX_HEAD_LINE = 8192;
    private static final int MAX_HEAD_LINES = 128;

    private final EdgeConnections edge;
    private final ConnectionContext connection;
    private final RequestReads reads;
    private final ChunkLineReader reader;
    private final ServerConnection http1;
    private final BooleanSupplier readingRequestLine;

    GuardedConnection(EdgeConnections edge, ConnectionContext connection, Http1ConnectionSelector http1) {
        this.edge = edge;
        this.connection = connection;
        this.reads = new RequestReads(connection, edge.requestReadTimeout(), edge.timer());
        this.reader = new ChunkLineReader(reads);
        this.http1 = http1.connection(new WithReader(connection, reader));
        // Http1Connection answers canInterrupt() with "reading (or waiting for) a request line"
        this.readingRequestLine = this.http1 instanceof InterruptableTask<?> task ? task::canInterrupt : () -> false;
        reads.attach(reader, readingRequestLine);
    }

    /**
     * Whether the connection served on this thread failed while reading a request line. Helidon 4.5.0
     * reports a request line it cannot parse (an illegal character in the method) as an internal error.
     */
    static boolean failedOnRequestLine() {
        GuardedConnection current = ON_THIS_THREAD.get();
        return current != null && current.readingRequestLine.getAsBoolean();
    }

    /** The request being served on this thread has its answer. */
    static void answered() {
        GuardedConnection current = ON_THIS_THREAD.get();
        if (current != null) {
            current.reads.answered();
        }
    }

    @Override
    public void handle(Limit limit) throws InterruptedException {
        if (!edge.tryOpen()) {
            refuse();
            return;
        }
        ON_THIS_THREAD.set(this);
        try {
            http1.handle(limit);
        } finally {
            ON_THIS_THREAD.remove();
            edge.closed();
        }
    }

    /**
     * Reads the request head before answering: a client whose request is still unread when the socket
     * closes may get a reset instead of the answer.
     */
    private void refuse() {
        LOG.log(Level.DEBUG, () -> "connection limit reached, refusing " + connection.remotePeer().address());
        try {
            for (int line = 0; line < MAX_HEAD_LINES; line++) {
                int end = reader.findNewLine(MAX_HEAD_LINE);
                if (end == MAX_HEAD_LINE) {
                    break;
                }
                reader.skip(end + 2);
                if (end == 0) {
                    break;
                }
            }
            connection.dataWriter().writeNow(BufferData.create(RawAnswers.tooManyConnections()));
        } catch (RuntimeException unreadable) {
            LOG.log(Level.DEBUG, () -> "refused connection ended before its answer: " + unreadable);
        }
    }

    @Override
    public Duration idleTime() {
        return http1.idleTime();
    }

    @Override
    public void close(boolean interrupt) {
        http1.close(interrupt);
    }

    /** Helidon's connection context, but reading from our reader. */
    private record WithReader(ConnectionContext delegate, DataReader reader) implements ConnectionContext {

        @Override
        public DataReader dataReader() {
            return reader;
        }

        @Override
        public ListenerContext listenerContext() {
            return delegate.listenerContext();
        }

        @Override
        public ExecutorService executor() {
            return delegate.executor();
        }

        @Override
        public DataWriter dataWriter() {
            return delegate.dataWriter();
        }

        @Override
        public Router router() {
            return delegate.router();
        }

        @Override
        public Optional<ProxyProtocolData> proxyProtocolData() {
            return delegate.proxyProtocolData();
        }

        @Override
        public HelidonSocket serverSocket() {
            return delegate.serverSocket();
        }

        @Override
        public PeerInfo remotePeer() {
            return delegate.remotePeer();
        }

        @Override
        public PeerInfo localPeer() {
            return delegate.localPeer();
        }

        @Override
        public boolean isSecure() {
            return delegate.isSecure();
        }

        @Override
        public String socketId() {
            return delegate.socketId();
        }

        @Override
        public String childSocketId() {
            return delegate.childSocketId();
        }
    }
}
