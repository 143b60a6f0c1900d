package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.resource.ClientResources;
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

/**
 * One connection to Redis, shared by every caller: Lettuce pipelines concurrent commands on it, and
 * callers are virtual threads, so waiting for a reply costs no platform thread.
 *
 * <p>A dead Redis fails fast: commands are rejected while disconnected instead of being buffered,
 * every command expires after the configured timeout, and every Lettuce failure surfaces as a
 * {@link StoreUnavailableException}.
 *
 * <p>Two choices keep the cost per command low under load. Commands written while the connection's
 * event loop is busy go out in one flush (one system call) instead of one each. And callers wait
 * without a timer of their own: Lettuce already expires every command after the timeout, so a
 * second, per-wait timer would only add work for every command.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    /** Flushes that may be held back while commands keep coming, before one is forced out. */
    private static final int FLUSHES_PER_WRITE = 64;

    private final RedisClient client;
    private final ClientResources resources;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisAsyncCommands<String, String> commands;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisConnection(RedisClient client, ClientResources resources, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.resources = resources;
        this.connection = connection;
        this.commands = connection.async();
    }

    /** redis:// or rediss:// URL, with optional password (redis://:secret@host:port/db). */
    public static RedisConnection open(String redisUrl, Duration commandTimeout) {
        RedisURI uri = parse(redisUrl, commandTimeout);
        ClientResources resources = ClientResources.builder().nettyCustomizer(new FlushTogether()).build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        try {
            return new RedisConnection(client, resources, client.connect(Utf8Codec.INSTANCE));
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

    private static String describe(RedisURI uri) {
        return uri.getHost() + ":" + uri.getPort() + (uri.isSsl() ? " (TLS)" : "");
    }

    /** Runs a command and waits for its reply, turning every Lettuce failure (refused, timed out, disconnected ...) into store unavailability. */
    <T> T call(Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
        try {
            return await(command.apply(commands));
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** Runs a script by its SHA; after a flush or a fail-over emptied the script cache, sends its body once. */
    ScriptReply run(LuaScript script, String[] keys, String... args) {
        try {
            List<Object> reply;
            try {
                reply = await(commands.evalsha(script.sha(), ScriptOutputType.MULTI, keys, args));
            } catch (RedisNoScriptException e) {
                reply = await(commands.eval(script.body(), ScriptOutputType.MULTI, keys, args));
            }
            return new ScriptReply(script.name(), reply);
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** Whether Redis answers a PING within the command timeout. */
    boolean answersPing() {
        try {
            return "PONG".equals(await(commands.ping()));
        } catch (RedisException e) {
            return false;
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
