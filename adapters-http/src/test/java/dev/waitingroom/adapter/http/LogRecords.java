package dev.waitingroom.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what is logged through java.util.logging (where System.Logger goes by default) while a test
 * runs: every record at WARNING or above from anyone, and this adapter's own from FINE up.
 */
final class LogRecords implements AutoCloseable {

    private static final String ADAPTER = "dev.waitingroom.adapter.http";

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger adapter = Logger.getLogger(ADAPTER); // held, so its level is not collected away
    private final Level adapterLevel = adapter.getLevel();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogRecords() {
        handler.setLevel(Level.ALL);
        adapter.setLevel(Level.FINE);
        root.addHandler(handler);
    }

    List<LogRecord> atLeast(Level level) {
        return records.stream().filter(record -> record.getLevel().intValue() >= level.intValue()).toList();
    }

    /** Waits (polling, up to the limit) for a record that matches; false if none came. */
    boolean await(Predicate<LogRecord> wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (records.stream().anyMatch(wanted)) {
                return true;
            }
            Thread.sleep(20);
        }
        return records.stream().anyMatch(wanted);
    }

    static Predicate<LogRecord> fineFromAdapter(String containing) {
        return record -> record.getLevel() == Level.FINE && record.getLoggerName().startsWith(ADAPTER)
                && record.getMessage() != null && record.getMessage().contains(containing);
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        adapter.setLevel(adapterLevel);
    }
}
