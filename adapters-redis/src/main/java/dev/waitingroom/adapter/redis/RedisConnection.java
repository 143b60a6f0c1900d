package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One connection to Redis, shared by every caller: Lettuce pipelines concurrent commands on it, and
 * callers are virtual threads, so the blocking API costs no platform thread.
 *
 * <p>A dead Redis fails fast: commands are rejected while disconnected instead of being buffered,
 * every command has the configured timeout, and every Lettuce failure surfaces as a
 * {@link StoreUnavailableException}.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisConnection(RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.connection = connection;
        this.commands = connection.sync();
    }

    /** redis:// or rediss:// URL, with optional password (redis://:secret@host:port/db). */
    public static RedisConnection open(String redisUrl, Duration commandTimeout) {
        RedisURI uri = parse(redisUrl, commandTimeout);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        try {
            return new RedisConnection(client, client.connect());
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
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

    /** Runs commands, turning every Lettuce failure (refused, timed out, disconnected ...) into store unavailability. */
    <T> T call(Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(commands);
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** Runs a script by its SHA; after a flush or a fail-over emptied the script cache, sends its body once. */
    ScriptReply run(LuaScript script, String[] keys, String... args) {
        try {
            List<Object> reply;
            try {
                reply = commands.evalsha(script.sha(), ScriptOutputType.MULTI, keys, args);
            } catch (RedisNoScriptException e) {
                reply = commands.eval(script.body(), ScriptOutputType.MULTI, keys, args);
            }
            return new ScriptReply(script.name(), reply);
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** Whether Redis answers a PING within the command timeout. */
    boolean answersPing() {
        try {
            return "PONG".equals(commands.ping());
        } catch (RedisException e) {
            return false;
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
        }
    }
}
