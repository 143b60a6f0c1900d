package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.EntrySigningKey;
import dev.waitingroom.adapter.http.HttpSettings;
import dev.waitingroom.adapter.redis.BreakerSettings;
import dev.waitingroom.adapter.redis.Durability;
import dev.waitingroom.adapter.redis.RedisTarget;
import dev.waitingroom.bootstrap.logging.LogSettings;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the application is told from outside, read from the environment.
 *
 * @param redis      the Redis to keep state in (one server, Sentinel, or a Cluster); empty runs on the in-memory
 *                   store (nothing survives a restart)
 * @param durability what a 2xx promises about a change on Redis: applied on its primary, or on a replica too
 * @param adminToken         empty refuses every admin request
 * @param requestReadTimeout how long a request may take to arrive whole; later it gets 408 and a close
 * @param maxConnections     open connections beyond this get 503 and a close
 * @param breaker            when the circuit breaker around Redis opens, and for how long
 * @param logs               the format of the log lines, and whether requests get access lines
 * @param admissionStep      how often each instance runs the admission step of every event (on average)
 * @param holdExpiry         how often each instance releases the seat holds that ran out, in every event (on average)
 * @param expiredTokenTtl    how long the token of a dropped entry or an ended window answers TOKEN_EXPIRED
 * @param signingKey         the key that signs entry passes; empty has the store generate one (and share it)
 * @param entryPassIssuer    the {@code iss} claim of entry passes
 * @param startingFlags      each feature flag's starting value ({@code FEATURE_*}): what this instance stores when the
 *                           store holds no value for the flag yet; a value stored earlier (by another instance, or the
 *                           admin API) wins
 */
public record Settings(
        int port,
        String host,
        Optional<RedisTarget> redis,
        Duration redisTimeout,
        Durability durability,
        Optional<String> adminToken,
        Duration idempotencyTtl,
        int maxBodyBytes,
        Duration shutdownGrace,
        Duration requestReadTimeout,
        int maxConnections,
        BreakerSettings breaker,
        LogSettings logs,
        Duration admissionStep,
        Duration holdExpiry,
        Duration expiredTokenTtl,
        Optional<EntrySigningKey> signingKey,
        String entryPassIssuer,
        Duration seatMapMaxAge,
        Map<FeatureFlag, Rollout> startingFlags) {

    /** Bodies above this are surely a mistake: the largest request we take is a small JSON object. */
    static final int LIMIT_OF_MAX_BODY_BYTES = 10 * 1024 * 1024;

    static final String DEFAULT_ENTRY_PASS_ISSUER = "waiting-room";
    /** Replicas on the same network confirm within a millisecond or two; this leaves room for a busy one. */
    static final long DEFAULT_REPLICA_WAIT_MS = 250;
    static final int MAX_ENTRY_PASS_ISSUER_LENGTH = 200;

    public Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(redisTimeout, "redisTimeout");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(idempotencyTtl, "idempotencyTtl");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(requestReadTimeout, "requestReadTimeout");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(admissionStep, "admissionStep");
        Objects.requireNonNull(holdExpiry, "holdExpiry");
        Objects.requireNonNull(expiredTokenTtl, "expiredTokenTtl");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(entryPassIssuer, "entryPassIssuer");
        Objects.requireNonNull(seatMapMaxAge, "seatMapMaxAge");
        startingFlags = Collections.unmodifiableMap(new EnumMap<>(startingFlags));
        for (FeatureFlag flag : FeatureFlag.values()) {
            if (!startingFlags.containsKey(flag)) {
                throw new IllegalArgumentException("no starting value for the flag " + flag.flagName());
            }
        }
    }

    /** @throws IllegalArgumentException naming the variable, when a value is malformed or out of range */
    public static Settings fromEnvironment(Map<String, String> env) {
        Reader reader = new Reader(env);
        Optional<RedisTarget> redis = redis(reader);
        Duration redisTimeout = Duration.ofMillis(reader.integer("REDIS_TIMEOUT_MS", 1000, 1, 600_000));
        return new Settings(
                (int) reader.integer("PORT", 8080, 0, 65_535),
                reader.text("HOST").orElse("0.0.0.0"),
                redis,
                redisTimeout,
                durability(reader, redis.isPresent(), redisTimeout),
                reader.text("WAITING_ROOM_ADMIN_TOKEN"),
                Duration.ofSeconds(reader.integer("IDEMPOTENCY_TTL_SEC", 86_400, 1, 365L * 86_400)),
                (int) reader.integer("MAX_BODY_BYTES", HttpSettings.DEFAULT_MAX_BODY_BYTES, 1, LIMIT_OF_MAX_BODY_BYTES),
                Duration.ofSeconds(reader.integer("SHUTDOWN_GRACE_SEC", 10, 0, 3600)),
                Duration.ofMillis(reader.integer("REQUEST_READ_TIMEOUT_MS",
                        HttpSettings.DEFAULT_REQUEST_READ_TIMEOUT.toMillis(), 10, 600_000)),
                (int) reader.integer("MAX_CONNECTIONS", HttpSettings.DEFAULT_MAX_CONNECTIONS, 1, 1_000_000),
                breaker(reader),
                LogSettings.from(reader::text),
                Duration.ofMillis(reader.integer("ADMISSION_STEP_MS", 100, 10, 10_000)),
                Duration.ofMillis(reader.integer("HOLD_EXPIRY_MS", 500, 10, 10_000)),
                Duration.ofSeconds(reader.integer("EXPIRED_TOKEN_TTL_SEC", 86_400, 60, 30L * 86_400)),
                reader.text("WAITING_ROOM_SIGNING_KEY").map(Settings::signingKey),
                entryPassIssuer(reader.text("ENTRY_PASS_ISSUER").orElse(DEFAULT_ENTRY_PASS_ISSUER)),
                Duration.ofMillis(reader.integer("SEAT_MAP_MAX_AGE_MS", HttpSettings.DEFAULT_SEAT_MAP_MAX_AGE.toMillis(), 0,
                        HttpSettings.LIMIT_OF_SEAT_MAP_MAX_AGE.toMillis())),
                startingFlags(reader));
    }

    /**
     * The seed's two other flags guarded a migration this product does not need: every change to a queue is one
     * Lua script (or one lock in memory), and a queue's order is the order of the joins. {@code true} says what is
     * so anyway; {@code false} asks for something that does not exist, so the start stops rather than pretend.
     */
    private static final Map<String, String> RETIRED_FLAGS = Map.of(
            "FEATURE_LUA_ATOMIC", "this product has no non-atomic path: every change to a queue is one Lua script on"
                    + " Redis (one lock in memory)",
            "FEATURE_COMPOSITE_SCORE", "this product has no other score: a queue's order is the order in which the"
                    + " store accepted the joins");

    private static Map<FeatureFlag, Rollout> startingFlags(Reader reader) {
        RETIRED_FLAGS.forEach((name, why) -> reader.text(name).ifPresent(value -> {
            if (value.equals("false")) {
                throw new IllegalArgumentException(name + "=false cannot be honoured: " + why
                        + ". Remove the variable or set it to true.");
            }
            if (!value.equals("true")) {
                throw new IllegalArgumentException(name + " may only be true (or unset): " + why + "; got '"
                        + Reader.clip(value) + "'");
            }
        }));
        Map<FeatureFlag, Rollout> flags = new EnumMap<>(FeatureFlag.class);
        for (FeatureFlag flag : FeatureFlag.values()) {
            Optional<String> text = reader.text(flag.environmentVariable());
            flags.put(flag, text.map(value -> Rollout.parse(value).orElseThrow(() -> new IllegalArgumentException(
                    flag.environmentVariable() + " must be false, true or a percentage of people from 0% to 100% (such as"
                            + " 25%), got '" + Reader.clip(value) + "'"))).orElse(flag.byDefault()));
        }
        return flags;
    }

    /** The key's own words say what is wrong with it; they never quote it. */
    private static EntrySigningKey signingKey(String text) {
        try {
            return EntrySigningKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("WAITING_ROOM_SIGNING_KEY is not usable: " + e.getMessage());
        }
    }

    private static String entryPassIssuer(String issuer) {
        if (issuer.length() > MAX_ENTRY_PASS_ISSUER_LENGTH || !issuer.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException("ENTRY_PASS_ISSUER must be 1-" + MAX_ENTRY_PASS_ISSUER_LENGTH
                    + " printable ASCII characters (the iss claim of entry passes), got " + issuer.length() + " characters");
        }
        return issuer;
    }

    private static BreakerSettings breaker(Reader reader) {
        BreakerSettings defaults = BreakerSettings.DEFAULT;
        int windowCalls = (int) reader.integer("BREAKER_WINDOW_CALLS", defaults.windowCalls(), 1, 10_000);
        return new BreakerSettings(
                (int) reader.integer("BREAKER_FAILURE_RATE_PERCENT", defaults.failureRatePercent(), 1, 100),
                windowCalls,
                (int) reader.integer("BREAKER_MINIMUM_CALLS", Math.min(defaults.minimumCalls(), windowCalls), 1, windowCalls),
                Duration.ofMillis(reader.integer("BREAKER_OPEN_MS", defaults.openFor().toMillis(), 1, 600_000)),
                (int) reader.integer("BREAKER_HALF_OPEN_PROBES", defaults.halfOpenProbes(), 1, 1000));
    }

    HttpSettings http() {
        return new HttpSettings(host, port, maxBodyBytes, adminToken, shutdownGrace, requestReadTimeout, maxConnections,
                seatMapMaxAge);
    }

    /**
     * REDIS_URL names one server or a Sentinel-watched primary; REDIS_CLUSTER_NODES a Cluster, whose password and
     * TLS cannot ride in a URL and so have variables of their own. Both at once is a mistake, not a preference.
     */
    private static Optional<RedisTarget> redis(Reader reader) {
        Optional<String> url = reader.text("REDIS_URL");
        Optional<String> nodes = reader.text("REDIS_CLUSTER_NODES");
        if (url.isPresent() && nodes.isPresent()) {
            throw new IllegalArgumentException("REDIS_URL and REDIS_CLUSTER_NODES are both set: set REDIS_URL for one"
                    + " Redis server or Sentinel, REDIS_CLUSTER_NODES for a Redis Cluster, not both");
        }
        if (nodes.isEmpty()) {
            for (String clusterOnly : List.of("REDIS_PASSWORD", "REDIS_TLS")) {
                if (reader.text(clusterOnly).isPresent()) {
                    throw new IllegalArgumentException(clusterOnly + " applies to REDIS_CLUSTER_NODES only: with REDIS_URL"
                            + " put the password in the URL (redis://:<password>@host:port) and use rediss:// for TLS");
                }
            }
            return url.map(text -> {
                try {
                    return new RedisTarget.Server(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("REDIS_URL " + e.getMessage());
                }
            });
        }
        boolean tls = reader.bool("REDIS_TLS", false);
        try {
            return Optional.of(RedisTarget.Cluster.of(nodes.get(), reader.text("REDIS_PASSWORD"), tls));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("REDIS_CLUSTER_NODES " + e.getMessage());
        }
    }

    /** {@code local} (the default) or {@code replica}, which waits up to REDIS_REPLICA_WAIT_MS for one replica. */
    private static Durability durability(Reader reader, boolean onRedis, Duration redisTimeout) {
        String mode = reader.text("REDIS_DURABILITY").orElse("local");
        if (!mode.equals("local") && !mode.equals("replica")) {
            throw new IllegalArgumentException("REDIS_DURABILITY must be local or replica, got '" + Reader.clip(mode) + "'");
        }
        Optional<String> waitText = reader.text("REDIS_REPLICA_WAIT_MS");
        if (mode.equals("local")) {
            if (waitText.isPresent()) {
                throw new IllegalArgumentException("REDIS_REPLICA_WAIT_MS applies only with REDIS_DURABILITY=replica");
            }
            return Durability.LOCAL;
        }
        if (!onRedis) {
            throw new IllegalArgumentException("REDIS_DURABILITY=replica needs Redis (REDIS_URL or REDIS_CLUSTER_NODES):"
                    + " the in-memory store has no replica");
        }
        if (redisTimeout.toMillis() < 2) {
            throw new IllegalArgumentException("REDIS_DURABILITY=replica needs REDIS_TIMEOUT_MS of at least 2");
        }
        long wait = reader.integer("REDIS_REPLICA_WAIT_MS", Math.min(DEFAULT_REPLICA_WAIT_MS, redisTimeout.toMillis() / 2), 1,
                redisTimeout.toMillis() - 1);
        return Durability.replica(Duration.ofMillis(wait));
    }

    /** The settings as they may be logged: the Redis password, the admin token and the signing key are masked. */
    @Override
    public String toString() {
        return "port=" + port + ", host=" + host
                + ", store=" + redis.map(Settings::describe).orElse("in-memory")
                + ", redisTimeout=" + redisTimeout.toMillis() + "ms"
                + (redis.isPresent() ? ", durability=" + durability : "")
                + ", adminToken=" + adminToken.map(token -> "***").orElse("<not set: admin routes refuse every request>")
                + ", idempotencyTtl=" + idempotencyTtl.toSeconds() + "s"
                + ", maxBodyBytes=" + maxBodyBytes
                + ", shutdownGrace=" + shutdownGrace.toSeconds() + "s"
                + ", requestReadTimeout=" + requestReadTimeout.toMillis() + "ms"
                + ", maxConnections=" + maxConnections
                + ", breaker=" + breaker.failureRatePercent() + "% of " + breaker.windowCalls() + " calls (at least "
                + breaker.minimumCalls() + ") opens it for " + breaker.openFor().toMillis() + "ms, "
                + breaker.halfOpenProbes() + " probes"
                + ", logs=" + logs
                + ", admissionStep=" + admissionStep.toMillis() + "ms"
                + ", holdExpiry=" + holdExpiry.toMillis() + "ms"
                + ", expiredTokenTtl=" + expiredTokenTtl.toSeconds() + "s"
                + ", signingKey=" + signingKey.map(key -> "set (kid " + key.kid() + ")")
                        .orElse(redis.isPresent() ? "generated, shared through Redis" : "generated in memory")
                + ", entryPassIssuer=" + entryPassIssuer
                + ", seatMapMaxAge=" + seatMapMaxAge.toMillis() + "ms"
                + ", startingFlags=" + startingFlags.entrySet().stream()
                        .map(flag -> flag.getKey().flagName() + "=" + flag.getValue().text()).toList();
    }

    private static String describe(RedisTarget target) {
        return target instanceof RedisTarget.Server server ? "redis " + maskedRedisUrl(server.url()) : "redis " + target;
    }

    /** {@code redis://user:secret@host} becomes {@code redis://user:***@host}; a bare password is masked whole. */
    static String maskedRedisUrl(String url) {
        int authority = url.indexOf("://") + 3;
        int end = url.indexOf('/', authority);
        int at = url.lastIndexOf('@', end < 0 ? url.length() : end);
        String masked = url;
        if (at >= authority) {
            String userInfo = url.substring(authority, at);
            int colon = userInfo.indexOf(':');
            String kept = colon < 0 ? "***" : userInfo.substring(0, colon) + ":***";
            masked = url.substring(0, authority) + kept + url.substring(at);
        }
        return masked.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private record Reader(Map<String, String> env) {

        /** A variable that is unset or blank counts as unset. */
        Optional<String> text(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        long integer(String name, long fallback, long min, long max) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            long value;
            try {
                value = Long.parseLong(raw.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer between " + min + " and " + max
                        + ", got '" + clip(raw.get()) + "'");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(name + " must be true or false, got '" + clip(raw.get()) + "'");
            };
        }

        static String clip(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "..." : value;
        }
    }
}
