package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Redis Cluster of six {@code redis-server} processes on free loopback ports: three primaries with a
 * replica each. A test can kill a node, wait for its replica to take over, and start it again, when it
 * rejoins (same port, directory and node id) as a replica of whoever took over.
 */
public final class RedisClusterFixture implements AutoCloseable {

    private static final int NODE_COUNT = 6;
    private static final int SLOTS = 16384;
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);
    private static final long CREATE_TIMEOUT_SECONDS = 30;
    /** Enough keys that some fall in every primary's third of the slots. */
    private static final int PROBE_KEYS = 64;

    /** A node of the cluster, known by its loopback port. */
    public record Node(int port) {
    }

    private final Map<Node, RedisServerProcess> processes = new LinkedHashMap<>();
    /** The slots a killed node owned: whom they belong to afterwards tells that the failover happened. */
    private final Map<Node, BitSet> slotsWhenKilled = new HashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The slots of the keys that probe whether a primary's writes reach its replicas, by {@link #probeKey}. */
    private final int[] probeKeySlots = new int[PROBE_KEYS];

    private RedisClusterFixture(List<RedisServerProcess> started) {
        started.forEach(process -> processes.put(new Node(process.port()), process));
    }

    public static RedisClusterFixture start() {
        List<RedisServerProcess> started = new ArrayList<>();
        try {
            for (int i = 0; i < NODE_COUNT; i++) {
                started.add(RedisServerProcess.start(RedisServerProcess.Options.cluster()));
            }
            RedisClusterFixture fixture = new RedisClusterFixture(started);
            fixture.create();
            fixture.findProbeKeySlots();
            fixture.awaitHealthy(START_DEADLINE);
            return fixture;
        } catch (RuntimeException e) {
            started.forEach(RedisServerProcess::close);
            throw e;
        }
    }

    /** Every node, for a client to start from: {@code 127.0.0.1:p1,127.0.0.1:p2,...}. */
    public String seeds() {
        return String.join(",", processes.keySet().stream().map(node -> "127.0.0.1:" + node.port()).toList());
    }

    /** All six nodes, killed ones too, in a fixed order. */
    public List<Node> nodes() {
        return List.copyOf(processes.keySet());
    }

    /** The nodes that own slots now, as a live node sees it (a failover changes them). */
    public List<Node> primaries() {
        int[] owners = owners(clusterNodes(aLiveNode()));
        return nodes().stream().filter(node -> Arrays.stream(owners).anyMatch(port -> port == node.port())).toList();
    }

    /** The primary that owns {@code key}'s slot now, as a live node sees it. */
    public Node primaryOf(String key) {
        Node asked = aLiveNode();
        int slot = Integer.parseInt(ask(asked, "CLUSTER", "KEYSLOT", key));
        return new Node(owners(clusterNodes(asked))[slot]);
    }

    /**
     * One command to {@code node}, on a connection of its own; the reply as text (an array one element a
     * line, a nil as null). So a {@code WAIT} asked this way waits for nothing: it counts the replicas
     * that have its own connection's writes.
     *
     * @throws RespClient.ErrorReply when the node answers with an error, such as MOVED
     */
    public String ask(Node node, String... command) {
        return RespClient.ask(node.port(), command);
    }

    /** SIGKILL; returns once the process is gone. */
    public void kill(Node node) {
        RedisServerProcess process = process(node);
        slotsWhenKilled.put(node, slotsOf(node));
        process.kill();
    }

    /**
     * A planned switchover, as an operator makes one: {@code CLUSTER FAILOVER} (the default, coordinated kind: the
     * primary pauses its writers until its replica has caught up, then the replica takes over) sent to the replica of
     * {@code primary}; then until every live node agrees that the replica owns the slots {@code primary} owned and that
     * {@code primary}, still running, replicates it, {@code primary}'s link to it is up and the cluster is ok.
     *
     * @return the replica, primary now
     */
    public Node switchover(Node primary, Duration deadline) {
        String view = clusterNodes(primary);
        String primaryId = fieldsOf(view, primary)[0];
        Node replica = null;
        for (String line : view.split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length >= 4 && fields[2].contains("slave") && fields[3].equals(primaryId)) {
                replica = new Node(port(fields[1]));
            }
        }
        if (replica == null) {
            throw new IllegalStateException(primary.port() + " has no replica to hand over to:\n" + view);
        }
        Node successor = replica;
        String successorId = fieldsOf(view, successor)[0];
        BitSet owned = slotsOf(primary);
        ask(successor, "CLUSTER", "FAILOVER");
        Polling.await("a switchover from " + primary.port() + " to " + successor.port(), deadline, () -> {
            String wrong = clusterProblem(false);
            if (wrong != null) {
                return wrong;
            }
            for (Node node : nodes()) {
                if (!process(node).isAlive()) {
                    continue;
                }
                String nodes = RespClient.tryAsk(node.port(), "CLUSTER", "NODES");
                if (nodes == null) {
                    return node.port() + " does not answer";
                }
                int[] owners = owners(nodes);
                int notHanded = owned.stream().filter(slot -> owners[slot] != successor.port()).findFirst().orElse(-1);
                if (notHanded >= 0) {
                    return node.port() + " says slot " + notHanded + " is owned by " + owners[notHanded];
                }
                String[] old = fieldsOf(nodes, primary);
                if (!old[2].contains("slave") || !old[3].equals(successorId)) {
                    return node.port() + " does not see " + primary.port() + " as a replica of " + successor.port() + " yet";
                }
            }
            String replication = RespClient.tryAsk(primary.port(), "INFO", "replication");
            return replication != null && replication.contains("master_port:" + successor.port())
                    && replication.contains("master_link_status:up")
                    ? null : primary.port() + " does not replicate " + successor.port() + " with its link up yet";
        });
        return successor;
    }

    /** Starts a killed node again on its port and directory: it rejoins with its node id. */
    public void restart(Node node) {
        process(node).restart();
    }

    /** Until another node owns the slots {@code killed} owned, in every live node's view, and the cluster is ok. */
    public void awaitFailoverOf(Node killed, Duration deadline) {
        BitSet owned = slotsWhenKilled.get(killed);
        if (owned == null) {
            throw new IllegalStateException("node " + killed.port() + " was not killed through this fixture");
        }
        Polling.await("failover of " + killed.port(), deadline, () -> {
            String wrong = clusterProblem(false);
            if (wrong != null) {
                return wrong;
            }
            int[] owners = owners(clusterNodes(aLiveNode()));
            int stillOwned = owned.stream().filter(slot -> owners[slot] == killed.port()).findFirst().orElse(-1);
            return stillOwned < 0 ? null : "slot " + stillOwned + " is still owned by " + killed.port();
        });
    }

    /**
     * Until every live node says cluster_state:ok and agrees on who owns each slot, every replica's link
     * is up and every primary's writes reach a replica.
     */
    public void awaitHealthy(Duration deadline) {
        Polling.await("a healthy cluster", deadline, () -> clusterProblem(true));
    }

    /** Stops every node and deletes their directories; safe twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            processes.values().forEach(RedisServerProcess::close);
        }
    }

    private void create() {
        List<String> command = new ArrayList<>(List.of(redisCli().toString(), "--cluster", "create"));
        processes.keySet().forEach(node -> command.add("127.0.0.1:" + node.port()));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        Path output = null;
        try {
            output = Files.createTempFile("redis-cluster-create-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean exited = process.waitFor(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            if (!exited || process.exitValue() != 0) {
                throw new IllegalStateException("redis-cli --cluster create "
                        + (exited ? "failed (exit " + process.exitValue() + ")" : "did not finish in " + CREATE_TIMEOUT_SECONDS + " s")
                        + ":\n" + Files.readString(output).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run redis-cli --cluster create", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the cluster", e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private void findProbeKeySlots() {
        Node asked = nodes().get(0);
        for (int i = 0; i < PROBE_KEYS; i++) {
            probeKeySlots[i] = Integer.parseInt(ask(asked, "CLUSTER", "KEYSLOT", probeKey(i)));
        }
    }

    /** What is wrong with the cluster as the live nodes see it, or null. */
    private String clusterProblem(boolean everyPrimaryReplicated) {
        int[] agreed = null;
        for (Map.Entry<Node, RedisServerProcess> entry : processes.entrySet()) {
            if (!entry.getValue().isAlive()) {
                continue;
            }
            int port = entry.getKey().port();
            String info = RespClient.tryAsk(port, "CLUSTER", "INFO");
            String nodes = RespClient.tryAsk(port, "CLUSTER", "NODES");
            String replication = RespClient.tryAsk(port, "INFO", "replication");
            if (info == null || nodes == null || replication == null) {
                return port + " does not answer";
            }
            if (!info.contains("cluster_state:ok")) {
                return port + " says cluster_state is not ok";
            }
            String failing = failingButAlive(nodes);
            if (failing != null) {
                return port + " still flags " + failing + " as failing";
            }
            int[] owners = owners(nodes);
            if (agreed == null) {
                agreed = owners;
            } else if (!Arrays.equals(agreed, owners)) {
                return port + " disagrees on who owns the slots:\n" + nodes;
            }
            if (replication.contains("role:slave") && !replication.contains("master_link_status:up")) {
                return port + " is a replica whose link is not up";
            }
            boolean ownsSlots = Arrays.stream(owners).anyMatch(owner -> owner == port);
            if (everyPrimaryReplicated && ownsSlots && !replicasHaveWrites(port, owners)) {
                return port + " is a primary whose writes reach no replica yet";
            }
        }
        if (agreed == null) {
            return "no node is alive";
        }
        return null;
    }

    /** Whether a write to the primary on {@code port} reaches a replica; the probe key is in its slots. */
    private boolean replicasHaveWrites(int port, int[] owners) {
        String probeKey = null;
        for (int i = 0; probeKey == null && i < probeKeySlots.length; i++) {
            if (owners[probeKeySlots[i]] == port) {
                probeKey = probeKey(i);
            }
        }
        if (probeKey == null) {
            throw new IllegalStateException("no probe key falls in the slots of " + port);
        }
        try {
            return RespClient.replicasWithAWriteMadeNow(port, probeKey) >= 1;
        } catch (RuntimeException notNow) {
            return false;
        }
    }

    private static String probeKey(int i) {
        return "fixture:replication-probe:" + i;
    }

    /** A node that {@code clusterNodes} flags {@code fail} or {@code fail?} though it runs, or null. */
    private String failingButAlive(String clusterNodes) {
        for (String line : clusterNodes.split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length >= 3 && fields[2].contains("fail")) {
                RedisServerProcess process = processes.get(new Node(port(fields[1])));
                if (process != null && process.isAlive()) {
                    return fields[1];
                }
            }
        }
        return null;
    }

    /**
     * Who owns each slot (by port; 0 for nobody) in a {@code CLUSTER NODES} reply, whose lines read
     * {@code <id> <ip:port@cport> <flags> <master> <ping> <pong> <epoch> <link> <slot or range>...}.
     */
    private static int[] owners(String clusterNodes) {
        int[] owners = new int[SLOTS];
        for (String line : clusterNodes.split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length < 9) {
                continue;
            }
            int port = port(fields[1]);
            for (int i = 8; i < fields.length; i++) {
                if (fields[i].startsWith("[")) {
                    continue; // a slot being migrated or imported: still owned as its range says
                }
                String[] range = fields[i].split("-");
                int first = Integer.parseInt(range[0]);
                int last = Integer.parseInt(range[range.length - 1]);
                Arrays.fill(owners, first, last + 1, port);
            }
        }
        return owners;
    }

    /** The port in a {@code CLUSTER NODES} address: {@code ip:port@cport} or {@code ip:port@cport,hostname}. */
    private static int port(String address) {
        int at = address.indexOf('@');
        return Integer.parseInt(address.substring(address.lastIndexOf(':', at) + 1, at));
    }

    /** The slots {@code node} owns now, as a live node sees it. */
    private BitSet slotsOf(Node node) {
        int[] owners = owners(clusterNodes(aLiveNode()));
        BitSet owned = new BitSet(SLOTS);
        for (int slot = 0; slot < SLOTS; slot++) {
            owned.set(slot, owners[slot] == node.port());
        }
        return owned;
    }

    /** {@code node}'s line of a {@code CLUSTER NODES} reply, split in its fields (id, address, flags, master...). */
    private static String[] fieldsOf(String clusterNodes, Node node) {
        for (String line : clusterNodes.split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length >= 4 && port(fields[1]) == node.port()) {
                return fields;
            }
        }
        throw new IllegalStateException("no node on port " + node.port() + " in:\n" + clusterNodes);
    }

    private String clusterNodes(Node node) {
        return ask(node, "CLUSTER", "NODES");
    }

    private Node aLiveNode() {
        return processes.entrySet().stream().filter(entry -> entry.getValue().isAlive()).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("every node of the cluster is down"));
    }

    private RedisServerProcess process(Node node) {
        RedisServerProcess process = processes.get(node);
        if (process == null) {
            throw new IllegalArgumentException("no node of this cluster on port " + node.port());
        }
        return process;
    }

    static Path redisCli() {
        Path besideServer = RedisServerProcess.findRedisServer().resolveSibling("redis-cli");
        return Files.isExecutable(besideServer) ? besideServer : Path.of("redis-cli");
    }
}
