package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.WaitingRoomHttpServer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;

/** A started waiting room. Closing it stops the server gracefully, then closes the store. */
public final class RunningWaitingRoom implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningWaitingRoom(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = context.getBean(WaitingRoomHttpServer.class).port();
    }

    /** The port the HTTP API listens on (the real one when PORT=0). */
    public int port() {
        return port;
    }

    /** Safe to call more than once, and from a shutdown hook. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            context.close();
        }
    }
}
