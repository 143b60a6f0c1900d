package dev.waitingroom.bootstrap;

import dev.waitingroom.bootstrap.logging.LogOutput;
import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The composition root: reads the settings, wires store, use cases and HTTP server, and runs them. */
public final class WaitingRoomApplication {

    private static final System.Logger LOG = System.getLogger(WaitingRoomApplication.class.getName());

    private WaitingRoomApplication() {
    }

    /** Runs until SIGTERM (or Ctrl-C), then stops gracefully. Bad settings exit with status 2. */
    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("waiting-room: bad setting: " + e.getMessage());
            System.exit(2);
            return;
        }
        RunningWaitingRoom room;
        try {
            room = start(settings);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "waiting room failed to start", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.log(Level.INFO, "shutting down");
            room.close();
            stopped.countDown();
        }, "waiting-room-shutdown"));
        awaitUninterruptibly(stopped);
    }

    /** Starts the waiting room and returns once it serves. */
    public static RunningWaitingRoom start(Settings settings) {
        LogOutput.use(settings.logs());
        LOG.log(Level.INFO, "starting waiting room: " + settings);
        if (settings.adminToken().isEmpty()) {
            LOG.log(Level.WARNING, "WAITING_ROOM_ADMIN_TOKEN is not set: the admin routes refuse every request");
        }
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(Settings.class, () -> settings);
        context.register(settings.redis().isPresent() ? RedisStoreConfiguration.class : InMemoryStoreConfiguration.class,
                MetricsConfiguration.class,
                UseCaseConfiguration.class,
                FlagConfiguration.class,
                EntryPassConfiguration.class,
                HttpConfiguration.class,
                BackgroundConfiguration.class);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        RunningWaitingRoom room = new RunningWaitingRoom(context);
        LOG.log(Level.INFO, "waiting room serving on port " + room.port());
        return room;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
