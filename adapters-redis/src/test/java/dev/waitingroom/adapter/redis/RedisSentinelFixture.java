package dev.waitingroom.adapter.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A primary, its replica and three Sentinels watching them under the name {@value #MASTER_NAME}, each a
 * process on a free loopback port. A test can kill the primary, wait for the Sentinels to promote the
 * replica, and start the old primary again, which they then turn into a replica.
 */
public final class RedisSentinelFixture implements AutoCloseable {

    public static final String MASTER_NAME = "waiting-room";
    private static final int SENTINEL_COUNT = 3;
    private static final int QUORUM = 2;
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);

    /** The first primary and its replica, whichever part each plays now. */
    private final List<RedisServerProcess> servers;
    private final List<RedisSentinelProcess> sentinels;
    private final AtomicBoolean closed = new AtomicBoolean();
    private RedisServerProcess killed;

    private RedisSentinelFixture(List<RedisServerProcess> servers, List<RedisSentinelProcess> sentinels) {
        this.servers = servers;
        this.sentinels = sentinels;
    }

    public static RedisSentinelFixture start() {
        List<RedisServerProcess> servers = new ArrayList<>();
        List<RedisSentinelProcess> sentinels = new ArrayList<>();
        try {
            RedisServerProcess primary = RedisServerProcess.start(RedisServerProcess.Options.IN_MEMORY);
            servers.add(primary);
            RedisServerProcess replica = RedisServerProcess.start(RedisServerProcess.Options.replicaOf(primary.port()));
            servers.add(replica);
            // A sentinel learns the replicas from the primary's INFO, asked on connecting and then every 10 s:
            // the replica must be there before the sentinels come.
            Polling.await("the replica's link to the primary", START_DEADLINE,
                    () -> replicaProblem(replica.port(), primary.port()));
            for (int i = 0; i < SENTINEL_COUNT; i++) {
                sentinels.add(RedisSentinelProcess.start(MASTER_NAME, primary.port(), QUORUM));
            }
            RedisSentinelFixture fixture = new RedisSentinelFixture(servers, sentinels);
            fixture.awaitHealthy(START_DEADLINE);
            return fixture;
        } catch (RuntimeException e) {
            sentinels.forEach(RedisSentinelProcess::close);
            servers.forEach(RedisServerProcess::close);
            throw e;
        }
    }

    /** {@code redis-sentinel://127.0.0.1:s1,127.0.0.1:s2,127.0.0.1:s3#waiting-room}. */
    public String url() {
        return "redis-sentinel://" + String.join(",", sentinels.stream().map(s -> "127.0.0.1:" + s.port()).toList())
                + "#" + MASTER_NAME;
    }

    /** The port of the current primary, as a sentinel names it. */
    public int primaryPort() {
        return primaryNamedBy(sentinels.get(0).port());
    }

    /** The process that is primary now. */
    public RedisServerProcess primary() {
        int port = primaryPort();
        return servers.stream().filter(server -> server.port() == port).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sentinels name a primary on " + port + ", none of ours"));
    }

    /**
     * One command to the server or sentinel on {@code port}, on a connection of its own; the reply as text
     * (an array one element a line, a nil as null). So a {@code WAIT} asked this way waits for nothing:
     * it counts the replicas that have its own connection's writes.
     *
     * @throws RespClient.ErrorReply when it answers with an error
     */
    public String ask(int port, String... command) {
        return RespClient.ask(port, command);
    }

    /** SIGKILL to the current primary; returns once it is gone. */
    public void killPrimary() {
        RedisServerProcess primary = primary();
        primary.kill();
        killed = primary;
    }

    /** Until every sentinel names another primary than the one killed, and that one says it is. */
    public void awaitFailover(Duration deadline) {
        RedisServerProcess gone = killedOne();
        Polling.await("a failover from " + gone.port(), deadline, () -> successorProblem(gone.port()));
    }

    /** Null once the sentinels agree on a primary other than {@code old}, and it says it is one. */
    private String successorProblem(int old) {
        Integer named = agreedPrimary();
        if (named == null) {
            return "the sentinels do not agree on the primary";
        }
        if (named == old) {
            return "the sentinels still name " + named;
        }
        String replication = RespClient.tryAsk(named, "INFO", "replication");
        return replication != null && replication.contains("role:master") ? null : named + " does not say role:master yet";
    }

    /**
     * A planned switchover, as an operator makes one: {@code SENTINEL FAILOVER} to one sentinel, then until every
     * sentinel names the other server, that one says role:master, and the old primary, still running, replicates it
     * with its link up.
     */
    public void switchover(Duration deadline) {
        int old = primaryPort();
        ask(sentinels.get(0).port(), "SENTINEL", "FAILOVER", MASTER_NAME);
        Polling.await("a switchover from " + old, deadline, () -> {
            String problem = successorProblem(old);
            if (problem != null) {
                return problem;
            }
            Integer named = agreedPrimary(); // asked again: may have changed since
            return named == null || named == old ? "the sentinels no longer agree" : replicaProblem(old, named);
        });
    }

    /**
     * {@code min-replicas-to-write 1} on both servers, as the README advises with local durability under Sentinel: a
     * primary refuses writes while no replica is linked to it, so one whose replica left to be promoted stops
     * acknowledging changes the new primary will never have.
     */
    public void refuseWritesWithoutAReplica() {
        servers.forEach(server -> ask(server.port(), "CONFIG", "SET", "min-replicas-to-write", "1"));
    }

    /** Starts the killed primary again on its port; the sentinels make it a replica of the new primary. */
    public void restartKilled() {
        killedOne().restart();
    }

    /**
     * Until the sentinels agree on a primary, see its replica and each other, every live server other
     * than the primary replicates it with its link up, and a write to the primary reaches a replica.
     */
    public void awaitHealthy(Duration deadline) {
        Polling.await("a healthy sentinel set-up", deadline, this::problem);
    }

    /** Stops the sentinels and the servers and deletes their directories; safe twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            sentinels.forEach(RedisSentinelProcess::close);
            servers.forEach(RedisServerProcess::close);
        }
    }

    private String problem() {
        Integer primary = agreedPrimary();
        if (primary == null) {
            return "the sentinels do not agree on the primary";
        }
        for (RedisSentinelProcess sentinel : sentinels) {
            String reply = RespClient.tryAsk(sentinel.port(), "SENTINEL", "MASTER", MASTER_NAME);
            if (reply == null) {
                return "sentinel " + sentinel.port() + " does not answer SENTINEL MASTER";
            }
            Map<String, String> master = pairs(reply);
            if (!"master".equals(master.get("flags"))) {
                return "sentinel " + sentinel.port() + " flags the primary " + master.get("flags");
            }
            if (Integer.parseInt(master.getOrDefault("num-slaves", "0")) < 1) {
                return "sentinel " + sentinel.port() + " knows no replica";
            }
            if (Integer.parseInt(master.getOrDefault("num-other-sentinels", "0")) != SENTINEL_COUNT - 1) {
                return "sentinel " + sentinel.port() + " knows " + master.get("num-other-sentinels") + " other sentinels";
            }
        }
        String replication = RespClient.tryAsk(primary, "INFO", "replication");
        if (replication == null || !replication.contains("role:master")) {
            return "the primary " + primary + " does not say role:master";
        }
        for (RedisServerProcess server : servers) {
            if (server.isAlive() && server.port() != primary) {
                String wrong = replicaProblem(server.port(), primary);
                if (wrong != null) {
                    return wrong;
                }
            }
        }
        return replicasHaveWrites(primary) ? null : "no replica of " + primary + " gets its writes yet";
    }

    private static boolean replicasHaveWrites(int primary) {
        try {
            return RespClient.replicasWithAWriteMadeNow(primary, "fixture:replication-probe") >= 1;
        } catch (RuntimeException notNow) {
            return false;
        }
    }

    private static String replicaProblem(int replica, int primary) {
        String replication = RespClient.tryAsk(replica, "INFO", "replication");
        if (replication == null) {
            return replica + " does not answer";
        }
        boolean linked = replication.contains("role:slave") && replication.contains("master_port:" + primary + "\r\n")
                && replication.contains("master_link_status:up");
        return linked ? null : replica + " is not a replica of " + primary + " with its link up";
    }

    /** The primary every sentinel names, or null when one does not answer or they differ. */
    private Integer agreedPrimary() {
        Integer agreed = null;
        for (RedisSentinelProcess sentinel : sentinels) {
            Integer named;
            try {
                named = primaryNamedBy(sentinel.port());
            } catch (RuntimeException notNow) {
                return null;
            }
            if (agreed != null && !agreed.equals(named)) {
                return null;
            }
            agreed = named;
        }
        return agreed;
    }

    private static int primaryNamedBy(int sentinelPort) {
        String address = RespClient.ask(sentinelPort, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER_NAME);
        if (address == null) {
            throw new IllegalStateException("sentinel " + sentinelPort + " does not know " + MASTER_NAME);
        }
        return Integer.parseInt(address.split("\n")[1]);
    }

    /** A flat {@code key, value, key, value...} reply, as {@code SENTINEL MASTER} gives, as a map. */
    private static Map<String, String> pairs(String reply) {
        String[] lines = reply.split("\n");
        Map<String, String> pairs = new HashMap<>();
        for (int i = 0; i + 1 < lines.length; i += 2) {
            pairs.put(lines[i], lines[i + 1]);
        }
        return pairs;
    }

    private RedisServerProcess killedOne() {
        if (killed == null) {
            throw new IllegalStateException("no primary was killed through this fixture");
        }
        return killed;
    }
}
