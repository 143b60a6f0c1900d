package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One connection to Redis, shared by every caller: Lettuce pipelines concurrent commands on it, and
 * callers are virtual threads, so waiting for a reply costs no platform thread.
 *
 * <p>Every call passes through here, so this is where a dead Redis is made to fail fast: commands are
 * rejected while disconnected instead of being buffered, every command expires after the configured
 * timeout, a circuit breaker answers at once while Redis keeps failing, and every Lettuce failure
 * surfaces as a {@link StoreUnavailableException}. A lost connection is re-made at a short, bounded
 * interval, so a Redis that returns after any outage is used again within about a second.
 *
 * <p>Commands go through the interface that standalone and cluster connections share, so running on a
 * Redis Cluster is a matter of opening a cluster connection here.
 *
 * <p>Two choices keep the cost per command low under load. Commands written while the connection's
 * event loop is busy go out in one flush (one system call) instead of one each. And callers wait
 * without a timer of their own: Lettuce already expires every command after the timeout, so a
 * second, per-wait timer would only add work for every command.
 */
public final class RedisConnection implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RedisConnection.class.getName());
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    /** Flushes that may be held back while commands keep coming, before one is forced out. */
    private static final int FLUSHES_PER_WRITE = 64;

    /**
     * Between attempts to re-make a lost connection: 100-500 ms, jittered so that many gateways do not
     * knock on a restarting Redis in step. Lettuce's default grows to 30 s, which kept joins failing for
     * ~7 s after a 10 s outage.
     */
    private static final Delay RECONNECT_DELAY =
            Delay.equalJitter(Duration.ofMillis(100), Duration.ofMillis(500), 100, TimeUnit.MILLISECONDS);

    private final AbstractRedisClient client;
    private final ClientResources resources;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterAsyncCommands<String, String> commands;
    private final CircuitBreaker breaker;
    private final Duration retryAfterOpen;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisConnection(AbstractRedisClient client, ClientResources resources, StatefulRedisConnection<String, String> connection,
                            BreakerSettings breakerSettings) {
        this.client = client;
        this.resources = resources;
        this.connection = connection;
        this.commands = connection.async();
        this.breaker = breakerOf(breakerSettings);
        breaker.getEventPublisher().onStateTransition(change -> logTransition(change.getStateTransition(), breakerSettings));
        this.retryAfterOpen = breakerSettings.openFor();
    }

    /** redis:// or rediss:// URL, with optional password (redis://:secret@host:port/db), and the default breaker. */
    public static RedisConnection open(String redisUrl, Duration commandTimeout) {
        return open(redisUrl, commandTimeout, BreakerSettings.DEFAULT);
    }

    public static RedisConnection open(String redisUrl, Duration commandTimeout, BreakerSettings breakerSettings) {
        RedisURI uri = parse(redisUrl, commandTimeout);
        ClientResources resources = ClientResources.builder()
                .nettyCustomizer(new FlushTogether())
                .reconnectDelay(RECONNECT_DELAY)
                .build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        try {
            return new RedisConnection(client, resources, client.connect(Utf8Codec.INSTANCE), breakerSettings);
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
            resources.shutdown(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            // The URL is not quoted: it may carry the password.
            throw new StoreUnavailableException("cannot connect to Redis at " + describe(uri) + ": " + e.getMessage(), e);
        }
    }

    /** Reads the URL without ever quoting it back, since it may carry a password. */
    static RedisURI parse(String redisUrl, Duration commandTimeout) {
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive");
        }
        if (redisUrl == null || !(redisUrl.startsWith("redis://") || redisUrl.startsWith("rediss://"))) {
            throw new IllegalArgumentException("the Redis URL must start with redis:// or rediss://");
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(redisUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Redis URL is malformed (not shown: it may hold a password)");
        }
        uri.setTimeout(commandTimeout);
        return uri;
    }

    private static CircuitBreaker breakerOf(BreakerSettings settings) {
        return CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.windowCalls())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenProbes())
                // only store failures count: anything else thrown is a bug of ours, not Redis being down
                .recordExceptions(RedisException.class)
                .build());
    }

    /** Opening and closing are news for the operator; the probing in between, during a long outage, is not. */
    private static void logTransition(CircuitBreaker.StateTransition transition, BreakerSettings settings) {
        switch (transition) {
            case CLOSED_TO_OPEN -> LOG.log(System.Logger.Level.WARNING, "Redis keeps failing: circuit breaker open, every call"
                    + " answers 503 at once; probing again every " + settings.openFor().toMillis() + " ms");
            case HALF_OPEN_TO_CLOSED -> LOG.log(System.Logger.Level.INFO, "Redis answers again: circuit breaker closed");
            default -> LOG.log(System.Logger.Level.DEBUG, "Redis circuit breaker: " + transition);
        }
    }

    private static String describe(RedisURI uri) {
        return uri.getHost() + ":" + uri.getPort() + (uri.isSsl() ? " (TLS)" : "");
    }

    /** Runs a command and waits for its reply, turning every Lettuce failure (refused, timed out, disconnected ...) into store unavailability. */
    <T> T call(Function<RedisClusterAsyncCommands<String, String>, RedisFuture<T>> command) {
        return guarded(() -> await(command.apply(commands)));
    }

    /**
     * Runs a script by its SHA; after a flush or a fail-over emptied the script cache, sends its body once.
     * A key count other than the script declares is a bug of ours: refused before Redis sees it (a missing
     * key would read as nil inside the script, and a surplus one would go unnoticed).
     */
    ScriptReply run(LuaScript script, String[] keys, String... args) {
        if (keys.length != script.keyCount()) {
            throw new IllegalArgumentException(script.name() + " declares " + script.keyCount() + " keys, "
                    + keys.length + " were passed");
        }
        return guarded(() -> {
            List<Object> reply;
            try {
                reply = await(commands.evalsha(script.sha(), ScriptOutputType.MULTI, keys, args));
            } catch (RedisNoScriptException e) {
                reply = await(commands.eval(script.body(), ScriptOutputType.MULTI, keys, args));
            }
            return new ScriptReply(script.name(), reply);
        });
    }

    /** Whether the breaker refuses calls now: Redis failed too often lately, and is not being probed yet. */
    boolean isBreakerOpen() {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    /** The breaker, for the operator's metrics. */
    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new BreakerOpen(retryAfterOpen);
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /**
     * Waits for a reply without a timer: the command itself expires after the timeout (TimeoutOptions),
     * which completes the future with a RedisCommandTimeoutException. A command Lettuce cancels (its
     * connection closed under it) fails like any other, never as an unexpected exception.
     */
    static <T> T await(RedisFuture<T> reply) {
        try {
            return reply.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RedisException redis) {
                throw redis;
            }
            throw new RedisException("Redis command failed", e.getCause());
        } catch (CancellationException e) {
            throw new RedisException("Redis command cancelled", e);
        }
    }

    private static StoreUnavailableException unavailable(RedisException e) {
        return new StoreUnavailableException("Redis did not answer: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connection.close();
            client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
            resources.shutdown(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Thrown for every call while the breaker is open: many per second in an outage, so without a stack trace. */
    private static final class BreakerOpen extends StoreUnavailableException {

        BreakerOpen(Duration retryAfter) {
            super("Redis circuit breaker is open", null, retryAfter);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * Holds a flush back while the event loop has more writes queued, so the commands of many callers
     * leave in one system call; a flush is never held longer than the loop's current batch of work.
     */
    private static final class FlushTogether implements NettyCustomizer {
        @Override
        public void afterChannelInitialized(Channel channel) {
            channel.pipeline().addFirst(new FlushConsolidationHandler(FLUSHES_PER_WRITE, true));
        }
    }
}
