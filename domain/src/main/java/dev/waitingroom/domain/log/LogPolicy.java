package dev.waitingroom.domain.log;

import java.time.Duration;
import java.util.Objects;

/**
 * How an event keeps each person's log.
 *
 * @param maxEntries about how many entries a person's log keeps, the newest ones: a store may keep a few
 *                   more (Redis trims whole stream nodes, {@code MAXLEN ~}), never fewer
 * @param ttl        how long a person's log is kept after its last entry
 */
public record LogPolicy(int maxEntries, Duration ttl) {

    public static final int MIN_ENTRIES = 10;
    public static final int MAX_ENTRIES = 10_000;
    public static final long MIN_TTL_SECONDS = 3600;
    public static final long MAX_TTL_SECONDS = 2_592_000;

    public static final LogPolicy DEFAULT = new LogPolicy(100, Duration.ofDays(7));

    public LogPolicy {
        Objects.requireNonNull(ttl, "ttl");
        if (maxEntries < MIN_ENTRIES || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("log_max_entries must be between " + MIN_ENTRIES + " and " + MAX_ENTRIES);
        }
        if (ttl.toMillis() % 1000 != 0 || ttl.toSeconds() < MIN_TTL_SECONDS || ttl.toSeconds() > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException(
                    "log_ttl_sec must be whole seconds between " + MIN_TTL_SECONDS + " and " + MAX_TTL_SECONDS);
        }
    }
}
