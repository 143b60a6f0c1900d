package dev.waitingroom.benchmarks.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Cluster's layout as one node's {@code CLUSTER NODES} tells it: which nodes are primaries, the slots each
 * serves, and whose replica each other node is. Enough to say which primary owns an event's keys.
 *
 * @param primaries ordered by their first slot
 */
record ClusterNodes(List<Primary> primaries, List<Replica> replicas) {

    /** @param slotRanges {first, last} pairs, both inclusive */
    record Primary(String id, int port, List<int[]> slotRanges) {
        boolean serves(int slot) {
            return slotRanges.stream().anyMatch(range -> range[0] <= slot && slot <= range[1]);
        }

        int firstSlot() {
            return slotRanges.isEmpty() ? Integer.MAX_VALUE : slotRanges.getFirst()[0];
        }
    }

    record Replica(String id, int port, String primaryId) {
    }

    ClusterNodes {
        primaries = primaries.stream().sorted(Comparator.comparingInt(Primary::firstSlot)).toList();
        replicas = List.copyOf(replicas);
    }

    /**
     * Lines of {@code <id> <ip:port@cport[,hostname]> <flags> <primary id or -> <ping> <pong> <epoch> <link> <slot>...};
     * a slot is {@code n} or {@code first-last}, and {@code [..]} marks one being migrated, which is left out.
     */
    static ClusterNodes parse(String clusterNodes) {
        List<Primary> primaries = new ArrayList<>();
        List<Replica> replicas = new ArrayList<>();
        for (String line : clusterNodes.split("\\R")) {
            String[] fields = line.trim().split(" ");
            if (fields.length < 8) {
                continue;
            }
            String address = fields[1].split("[@,]")[0];
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            List<String> flags = List.of(fields[2].split(","));
            if (flags.contains("master")) {
                List<int[]> ranges = new ArrayList<>();
                for (int f = 8; f < fields.length; f++) {
                    if (!fields[f].startsWith("[")) {
                        String[] ends = fields[f].split("-");
                        ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1])});
                    }
                }
                primaries.add(new Primary(fields[0], port, ranges));
            } else if (flags.contains("slave")) {
                replicas.add(new Replica(fields[0], port, fields[3]));
            }
        }
        return new ClusterNodes(primaries, replicas);
    }

    Optional<Primary> ownerOf(int slot) {
        return primaries.stream().filter(primary -> primary.serves(slot)).findFirst();
    }

    /** The primary a replica copies, by its place in {@link #primaries()}: 0, 1, ... */
    int primaryIndexOf(Replica replica) {
        for (int p = 0; p < primaries.size(); p++) {
            if (primaries.get(p).id().equals(replica.primaryId())) {
                return p;
            }
        }
        throw new IllegalStateException("replica " + replica.id() + " copies no known primary");
    }
}
