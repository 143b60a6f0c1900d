package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
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
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One connection to Redis (on a Cluster, one to each primary), shared by every caller: Lettuce pipelines
 * concurrent commands on it, and callers are virtual threads, so waiting for a reply costs no platform thread.
 *
 * <p>Every call passes through here, so this is where a dead Redis is made to fail fast: commands are
 * rejected while disconnected instead of being buffered, every command expires after the configured
 * timeout, a circuit breaker answers at once while Redis keeps failing, and every Lettuce failure
 * surfaces as a {@link StoreUnavailableException}. A lost connection is re-made at a short, bounded
 * interval, so a Redis that returns after any outage is used again within about a second.
 *
 * <p>Commands go through the interface that standalone and cluster connections share: on a Redis Cluster,
 * Lettuce sends each to the primary of its first key's slot. Every script names one event's keys only, all
 * under the event's hash tag, so each runs whole on one node.
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

    /** How often a Cluster client re-reads the topology when nothing prompted it. */
    private static final Duration TOPOLOGY_REFRESH_PERIOD = Duration.ofSeconds(5);
    /**
     * The least time between two refreshes prompted by what the client saw (a MOVED, a node that keeps refusing
     * reconnects...). Lettuce's default, 30 s, would leave a failover unnoticed that long.
     */
    private static final Duration TOPOLOGY_PROMPTED_REFRESH_GAP = Duration.ofSeconds(1);

    private final AbstractRedisClient client;
    private final ClientResources resources;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterAsyncCommands<String, String> commands;
    private final Function<String, StatefulRedisConnection<String, String>> primaryOf;
    private final Durability durability;
    private final Map<StatefulRedisConnection<String, String>, ReplicaConfirmations> confirmations = new ConcurrentHashMap<>();
    private final PrimaryBreakers breakers;
    private final Duration retryAfterOpen;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final PrimaryMoves primaryMoves;
    private final AutoCloseable primaries;

    private RedisConnection(AbstractRedisClient client, ClientResources resources, StatefulConnection<String, String> connection,
                            RedisClusterAsyncCommands<String, String> commands,
                            Function<String, StatefulRedisConnection<String, String>> primaryOf,
                            BreakerSettings breakerSettings, Durability durability, AutoCloseable primaries) {
        this.client = client;
        this.primaries = primaries;
        this.resources = resources;
        this.connection = connection;
        this.commands = commands;
        this.primaryOf = primaryOf;
        this.durability = durability;
        this.breakers = new PrimaryBreakers(breakerSettings, client instanceof RedisClusterClient ? this::primaryAddressOf : null);
        this.retryAfterOpen = breakerSettings.openFor();
        this.primaryMoves = new PrimaryMoves(client, connection, TOPOLOGY_PROMPTED_REFRESH_GAP);
    }

    /** redis:// or rediss:// URL, with optional password (redis://:secret@host:port/db), and the default breaker. */
    public static RedisConnection open(String redisUrl, Duration commandTimeout) {
        return open(redisUrl, commandTimeout, BreakerSettings.DEFAULT);
    }

    public static RedisConnection open(String redisUrl, Duration commandTimeout, BreakerSettings breakerSettings) {
        return open(new RedisTarget.Server(redisUrl), commandTimeout, breakerSettings, Durability.LOCAL);
    }

    /**
     * A connection to a single server, a Sentinel-watched primary or a Cluster.
     *
     * @throws StoreUnavailableException when no connection can be made now (the message never quotes a URL)
     */
    public static RedisConnection open(RedisTarget target, Duration commandTimeout, BreakerSettings breakerSettings,
                                       Durability durability) {
        requirePositive(commandTimeout);
        if (durability.replicaConfirms() && durability.replicaWait().compareTo(commandTimeout) >= 0) {
            throw new IllegalArgumentException("the wait for a replica must be shorter than the Redis command timeout");
        }
        ClientResources resources = ClientResources.builder()
                .nettyCustomizer(new FlushTogether())
                .reconnectDelay(RECONNECT_DELAY)
                .build();
        AbstractRedisClient client = null;
        try {
            if (target instanceof RedisTarget.Cluster cluster) {
                RedisClusterClient clusterClient = RedisClusterClient.create(resources, cluster.uris(commandTimeout));
                client = clusterClient;
                clusterClient.setOptions(clusterOptions(commandTimeout));
                StatefulRedisClusterConnection<String, String> opened = clusterClient.connect(Utf8Codec.INSTANCE);
                PrimaryConnections primaries = PrimaryConnections.keepOpen(opened, resources, commandTimeout);
                return new RedisConnection(clusterClient, resources, opened, opened.async(),
                        key -> primaryOfSlot(opened, key), breakerSettings, durability, primaries);
            }
            RedisTarget.Server server = (RedisTarget.Server) target;
            RedisClient serverClient = RedisClient.create(resources, server.uri(commandTimeout));
            client = serverClient;
            serverClient.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                    .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                    .build());
            StatefulRedisConnection<String, String> opened = serverClient.connect(Utf8Codec.INSTANCE);
            return new RedisConnection(serverClient, resources, opened, opened.async(), key -> opened, breakerSettings,
                    durability, () -> { });
        } catch (RedisException e) {
            if (client != null) {
                client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
            }
            resources.shutdown(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            // The URL is not quoted: it may carry the password.
            throw new StoreUnavailableException("cannot connect to Redis at " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Topology read again on every prompt Lettuce knows (MOVED, ASK, a node that keeps refusing reconnects, an
     * uncovered slot...) at most once a second, and every few seconds anyway, so a failover is noticed within
     * about a second of the new primary taking over. Connections to nodes that left are closed.
     */
    private static ClusterClientOptions clusterOptions(Duration commandTimeout) {
        return ClusterClientOptions.builder()
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enableAllAdaptiveRefreshTriggers()
                        .adaptiveRefreshTriggersTimeout(TOPOLOGY_PROMPTED_REFRESH_GAP)
                        .refreshTriggersReconnectAttempts(2)
                        .enablePeriodicRefresh(TOPOLOGY_REFRESH_PERIOD)
                        .dynamicRefreshSources(true)
                        .closeStaleConnections(true)
                        .build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build();
    }

    /** The connection to the primary that serves the key's slot now, the same one Lettuce sends that slot's commands on. */
    private static StatefulRedisConnection<String, String> primaryOfSlot(StatefulRedisClusterConnection<String, String> cluster,
                                                                       String key) {
        RedisClusterNode primary = cluster.getPartitions().getMasterBySlot(SlotHash.getSlot(key));
        if (primary == null) {
            throw new RedisException("no primary serves the slot of " + key + " now");
        }
        return cluster.getConnection(primary.getUri().getHost(), primary.getUri().getPort());
    }

    /** Reads the URL without ever quoting it back, since it may carry a password. */
    static RedisURI parse(String redisUrl, Duration commandTimeout) {
        requirePositive(commandTimeout);
        if (redisUrl == null || !(redisUrl.startsWith("redis://") || redisUrl.startsWith("rediss://"))) {
            throw new IllegalArgumentException("the Redis URL must start with redis:// or rediss://");
        }
        try {
            return new RedisTarget.Server(redisUrl).uri(commandTimeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Redis URL is malformed (not shown: it may hold a password)");
        }
    }

    private static void requirePositive(Duration commandTimeout) {
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive");
        }
    }

    /** {@code host:port} of the primary serving the key's slot now, or {@code unknown} while no primary does. */
    private String primaryAddressOf(String key) {
        RedisClusterNode primary = ((StatefulRedisClusterConnection<String, String>) connection).getPartitions()
                .getMasterBySlot(SlotHash.getSlot(key));
        return primary == null ? "unknown" : primary.getUri().getHost() + ":" + primary.getUri().getPort();
    }

    /** Runs a command and waits for its reply, turning every Lettuce failure (refused, timed out, disconnected ...) into store unavailability. */
    <T> T call(Function<RedisClusterAsyncCommands<String, String>, RedisFuture<T>> command) {
        return guarded(null, () -> await(command.apply(commands)));
    }

    /** {@link #call}, for a command on {@code key}: on a Cluster it counts for (and is refused by) the breaker of the key's primary. */
    <T> T call(String key, Function<RedisClusterAsyncCommands<String, String>, RedisFuture<T>> command) {
        return guarded(key, () -> await(command.apply(commands)));
    }

    /**
     * Runs a command that writes {@code key}. With replica durability it goes to the primary of the key's slot and
     * is answered only once a replica confirmed it; otherwise it is {@link #call}.
     */
    <T> T change(String key, Function<RedisClusterAsyncCommands<String, String>, RedisFuture<T>> command) {
        if (!durability.replicaConfirms()) {
            return call(key, command);
        }
        return guarded(key, () -> onPrimaryConfirmed(key, primary -> await(command.apply(primary.async()))));
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
        if (durability.replicaConfirms() && script.changesState()) {
            return guarded(keys[0], () -> new ScriptReply(script.name(),
                    onPrimaryConfirmed(keys[0], primary -> evaluate(primary.async(), script, keys, args))));
        }
        return guarded(keys[0], () -> new ScriptReply(script.name(), evaluate(commands, script, keys, args)));
    }

    /** EVALSHA, and EVAL on the same connection (so on a Cluster, the node that serves the keys) on NOSCRIPT. */
    private static List<Object> evaluate(RedisClusterAsyncCommands<String, String> on, LuaScript script, String[] keys,
                                         String[] args) {
        try {
            return await(on.evalsha(script.sha(), ScriptOutputType.MULTI, keys, args));
        } catch (RedisNoScriptException e) {
            return await(on.eval(script.body(), ScriptOutputType.MULTI, keys, args));
        }
    }

    /**
     * Runs a change on the primary's own connection, then WAITs on that same connection: WAIT only counts the
     * writes made through the connection it is sent on. On a Cluster, a MOVED here means the slot changed hands (a
     * failover or a switchover) and the change did not run: it is sent once more, to the node Redis named, as Lettuce
     * does for commands on the cluster connection, while {@link PrimaryMoves} has the topology read again.
     */
    private <T> T onPrimaryConfirmed(String key, Function<StatefulRedisConnection<String, String>, T> change) {
        StatefulRedisConnection<String, String> primary = primaryOf.apply(key);
        T reply;
        try {
            reply = change.apply(primary);
        } catch (RedisException e) {
            primary = nodeNamedBy(e).orElseThrow(() -> e);
            primaryMoves.noticeFrom(e);
            reply = change.apply(primary);
        }
        long replicas = await(confirmationsOf(primary).afterWritesSoFar());
        if (replicas < 1) {
            throw new NotConfirmed(durability.replicaWait());
        }
        return reply;
    }

    /** The connection to the node a {@code MOVED <slot> <host>:<port>} names, when the client knows that node. */
    private Optional<StatefulRedisConnection<String, String>> nodeNamedBy(RedisException e) {
        String message = String.valueOf(e.getMessage());
        if (!message.startsWith("MOVED ") || !(connection instanceof StatefulRedisClusterConnection<String, String> cluster)) {
            return Optional.empty();
        }
        String address = message.substring(message.lastIndexOf(' ') + 1);
        int colon = address.lastIndexOf(':');
        try {
            return Optional.of(cluster.getConnection(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))));
        } catch (RuntimeException unknownOrUnreachable) {
            // a node not in the client's view yet, or no connection to be had now: the MOVED stands (503, retried)
            return Optional.empty();
        }
    }

    private ReplicaConfirmations confirmationsOf(StatefulRedisConnection<String, String> primary) {
        ReplicaConfirmations known = confirmations.get(primary);
        if (known != null) {
            return known;
        }
        // a connection not seen before (a topology change): forget those closed since
        confirmations.keySet().removeIf(connection -> !connection.isOpen());
        return confirmations.computeIfAbsent(primary, node -> new ReplicaConfirmations(node, durability.replicaWait()));
    }

    /**
     * Whether every breaker refuses calls now: Redis failed too often lately, and is not being probed yet. On a
     * Cluster one primary's open breaker leaves the others' events served, so the gateway is still of use.
     */
    boolean isBreakerOpen() {
        return breakers.allOpen();
    }

    /** The breaker of a single server or Sentinel primary, and of calls not tied to a key. */
    CircuitBreaker circuitBreaker() {
        return breakers.of(null);
    }

    /** Every breaker, for the operator's metrics: {@code redis}, and on a Cluster one per primary ({@code redis@host:port}). */
    public CircuitBreakerRegistry circuitBreakers() {
        return breakers.registry();
    }

    private <T> T guarded(String key, Supplier<T> call) {
        CircuitBreaker breaker = breakers.of(key);
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new BreakerOpen(retryAfterOpen);
        } catch (RedisException e) {
            primaryMoves.noticeFrom(e);
            throw unavailable(e);
        }
    }

    /**
     * Waits for a reply without a timer: the command itself expires after the timeout (TimeoutOptions),
     * which completes the future with a RedisCommandTimeoutException. A command Lettuce cancels (its
     * connection closed under it) fails like any other, never as an unexpected exception.
     */
    static <T> T await(RedisFuture<T> reply) {
        return await(reply.toCompletableFuture());
    }

    private static <T> T await(CompletableFuture<T> reply) {
        try {
            return reply.join();
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
            try {
                primaries.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "while closing: " + e);
            }
            connection.close();
            client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
            resources.shutdown(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A change no replica confirmed in time. It may still have been applied, and may reach a replica later: the
     * client retries with the same idempotency key. Not a Redis failure, so the breaker does not count it.
     */
    private static final class NotConfirmed extends StoreUnavailableException {

        NotConfirmed(Duration waited) {
            super("no replica confirmed the change within " + waited.toMillis() + "ms (REDIS_DURABILITY=replica);"
                    + " it may still have been applied", null, Duration.ofSeconds(1));
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
