package dev.waitingroom.adapter.http;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many connections the listener serves and how many sockets it accepts at all, kept within the
 * process's open-file limit.
 * <p>
 * Helidon 4.5.0's listener treats any failure of {@code accept()} as fatal: on "Too many open files" it
 * logs SEVERE and stops listening for good while the process lives on (its ServerListener catches the
 * Throwable and calls its own stop(), which closes the server socket; there is no hook to keep the
 * accept loop going). So the listener must never reach the limit: Helidon's maxTcpConnections, a permit
 * taken before each accept, caps the accepted sockets below the files the process may still open. Past
 * that cap new connections wait in the kernel's backlog until a connection ends.
 *
 * @param served   connections served; one more is answered 503 and closed
 * @param accepted sockets accepted at all: the served ones plus a few kept to answer that 503 on
 */
record ConnectionLimits(int served, int accepted) {

    /** Files kept for what the process opens later: Redis connections, class-path jars, logs. */
    static final int MIN_FILES_IN_RESERVE = 32;

    /** Within the limit of this process; where the operating system does not say, as asked. */
    static ConnectionLimits forThisProcess(int maxConnections) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof UnixOperatingSystemMXBean unix) {
            return within(maxConnections, unix.getMaxFileDescriptorCount(), unix.getOpenFileDescriptorCount());
        }
        return within(maxConnections, Long.MAX_VALUE, 0);
    }

    /**
     * @param fileLimit the most files the process may have open ({@code ulimit -n})
     * @param openFiles the files it has open now
     * @throws IllegalStateException when the limit leaves no room for connections at all
     */
    static ConnectionLimits within(int maxConnections, long fileLimit, long openFiles) {
        long refusing = refusingSockets(maxConnections);
        long reserve = Math.max(MIN_FILES_IN_RESERVE, fileLimit / 10);
        long room = fileLimit == Long.MAX_VALUE ? Long.MAX_VALUE : fileLimit - openFiles - reserve;
        if (room >= maxConnections + refusing) {
            return new ConnectionLimits(maxConnections, (int) (maxConnections + refusing));
        }
        if (room < 2) {
            throw new IllegalStateException("the open-file limit (" + fileLimit + ", with " + openFiles
                    + " open) leaves no room for connections; raise it (ulimit -n)");
        }
        int accepted = (int) room;
        return new ConnectionLimits(accepted - (int) Math.max(1, refusingSockets(accepted)), accepted);
    }

    /** A tenth of the served connections, at most 64: enough to answer a burst, few files. */
    private static long refusingSockets(int served) {
        return Math.max(1, Math.min(64, served / 10));
    }

    boolean lowered(int maxConnections) {
        return served < maxConnections;
    }
}
