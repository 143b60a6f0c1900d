package dev.waitingroom.adapter.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Every log event while open, as logback received it. In these tests System.Logger writes to
 * java.util.logging (the JDK's default), bridged to SLF4J here on the logging thread, so a line keeps
 * the logging context (MDC) of the request it was written for, as it does in the application, where
 * System.Logger goes to SLF4J directly. Lines written after the response left (the access line) are
 * waited for, by polling up to a deadline.
 */
final class CapturedLogs implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Logger root;
    private final Recorder recorder = new Recorder();

    /** Keeps each event with the logging context of the thread that logged it. */
    private static final class Recorder extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            // the MDC is read lazily, from whichever thread asks: take it now, on the logging thread
            event.prepareForDeferredProcessing();
            events.add(event);
        }

        synchronized List<ILoggingEvent> snapshot() { // AppenderBase appends holding this same lock
            return List.copyOf(events);
        }
    }

    CapturedLogs() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.install();
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        recorder.setContext(context);
        recorder.start();
        root.addAppender(recorder);
    }

    /** The events so far that match. */
    List<ILoggingEvent> matching(Predicate<ILoggingEvent> wanted) {
        return recorder.snapshot().stream().filter(wanted).toList();
    }

    /** The first event that matches, waiting for it up to the deadline. */
    ILoggingEvent await(String what, Predicate<ILoggingEvent> wanted) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            List<ILoggingEvent> found = matching(wanted);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log event " + what + " within " + DEADLINE.toSeconds() + " s; got "
                        + matching(event -> true).stream().map(ILoggingEvent::getFormattedMessage).toList());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static Predicate<ILoggingEvent> from(String loggerName) {
        return event -> event.getLoggerName().equals(loggerName);
    }

    @Override
    public void close() {
        root.detachAppender(recorder);
        recorder.stop();
    }
}
