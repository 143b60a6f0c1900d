package dev.waitingroom.adapter.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server listens.
 *
 * @param port               0 picks any free port
 * @param maxBodyBytes       larger request bodies are refused with 413 before they are read
 * @param adminToken         the bearer token of the admin routes; empty refuses every admin request
 * @param shutdownGrace      how long a stop waits for requests in flight
 * @param requestReadTimeout how long a request may take to arrive whole, from its first byte (or from the
 *                           connection's start) to its last; later, the server answers 408 and closes
 * @param maxConnections     open connections beyond this are answered 503 and closed; lowered at start
 *                           when the process may not open that many files
 * @param seatMapMaxAge      how old an event's seat map may be when answered (each gateway reads it from the
 *                           store at most once per this time); zero reads it for every request
 */
public record HttpSettings(String host, int port, int maxBodyBytes, Optional<String> adminToken, Duration shutdownGrace,
                           Duration requestReadTimeout, int maxConnections, Duration seatMapMaxAge) {

    public static final int DEFAULT_MAX_BODY_BYTES = 16_384;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final Duration DEFAULT_SEAT_MAP_MAX_AGE = Duration.ofSeconds(1);
    public static final Duration LIMIT_OF_SEAT_MAP_MAX_AGE = Duration.ofMinutes(1);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(requestReadTimeout, "requestReadTimeout");
        Objects.requireNonNull(seatMapMaxAge, "seatMapMaxAge");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (adminToken.isPresent() && adminToken.get().isBlank()) {
            throw new IllegalArgumentException("adminToken must not be blank; leave it empty to refuse admin requests");
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
        if (requestReadTimeout.isNegative() || requestReadTimeout.isZero()) {
            throw new IllegalArgumentException("requestReadTimeout must be positive");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        if (seatMapMaxAge.isNegative() || seatMapMaxAge.compareTo(LIMIT_OF_SEAT_MAP_MAX_AGE) > 0) {
            throw new IllegalArgumentException("seatMapMaxAge must be between 0 and " + LIMIT_OF_SEAT_MAP_MAX_AGE);
        }
    }

    public HttpSettings(String host, int port, int maxBodyBytes, Optional<String> adminToken, Duration shutdownGrace,
                        Duration requestReadTimeout, int maxConnections) {
        this(host, port, maxBodyBytes, adminToken, shutdownGrace, requestReadTimeout, maxConnections, DEFAULT_SEAT_MAP_MAX_AGE);
    }

    public HttpSettings(String host, int port, int maxBodyBytes, Optional<String> adminToken, Duration shutdownGrace) {
        this(host, port, maxBodyBytes, adminToken, shutdownGrace, DEFAULT_REQUEST_READ_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }

    public HttpSettings(String host, int port, int maxBodyBytes, Optional<String> adminToken) {
        this(host, port, maxBodyBytes, adminToken, DEFAULT_SHUTDOWN_GRACE);
    }

    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes
                + ", adminToken=" + (adminToken.isPresent() ? "***" : "<none>") + ", shutdownGrace=" + shutdownGrace
                + ", requestReadTimeout=" + requestReadTimeout + ", maxConnections=" + maxConnections
                + ", seatMapMaxAge=" + seatMapMaxAge + "]";
    }
}
