package dev.waitingroom.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionSelector;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listener's only connection selector (Helidon's own discovery is switched off, so every
 * connection comes here): each connection is Helidon's HTTP/1.1 connection, guarded by
 * {@link GuardedConnection}. Counts the open connections against the limit, and owns the one timer
 * thread that ends reads past the request read timeout.
 */
final class EdgeConnections implements ServerConnectionSelector {

    private final Http1ConnectionSelector http1 = Http1ConnectionSelector.builder().config(Http1Config.create()).build();
    private final AtomicInteger open = new AtomicInteger();
    private final int maxConnections;
    private final Duration requestReadTimeout;
    private final ScheduledThreadPoolExecutor timer;

    EdgeConnections(int maxConnections, Duration requestReadTimeout) {
        this.maxConnections = maxConnections;
        this.requestReadTimeout = requestReadTimeout;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "request-read-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true); // nearly every alarm is cancelled: keep the queue small
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(BufferData data) {
        return Support.SUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        return new GuardedConnection(this, ctx, http1);
    }

    boolean tryOpen() {
        if (open.incrementAndGet() <= maxConnections) {
            return true;
        }
        open.decrementAndGet();
        return false;
    }

    void closed() {
        open.decrementAndGet();
    }

    int maxConnections() {
        return maxConnections;
    }

    Duration requestReadTimeout() {
        return requestReadTimeout;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    void stop() {
        timer.shutdownNow();
    }
}
