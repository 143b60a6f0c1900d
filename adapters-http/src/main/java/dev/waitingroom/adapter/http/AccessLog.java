package dev.waitingroom.adapter.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, on a logger of its own so that operators can silence it: method, route
 * template, status and duration (the trace id comes with the logging context). The route template,
 * not the path: query strings carry waiting tokens, which do not belong in a log.
 *
 * <p>SLF4J here rather than {@code System.Logger}: the fields go to JSON lines as fields of their own.
 */
public final class AccessLog {

    /** The logger's name, for the operator's configuration. */
    public static final String LOGGER_NAME = "waitingroom.access";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    AccessLog() {
    }

    void write(String method, String route, int status, long nanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double millis = Math.round(nanos / 1_000.0) / 1_000.0;
        LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("duration_ms", millis)
                .log("{} {} {} {} ms", method, route, status, millis);
    }
}
