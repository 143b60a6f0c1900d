package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterNodesTest {

    /** As redis-server 7.0 prints it right after redis-cli --cluster create, primaries out of slot order. */
    private static final String NODES = """
            b2 127.0.0.1:40002@50002 master - 0 1700000000000 2 connected 5461-10922
            a1 127.0.0.1:40001@50001 myself,master - 0 1700000000000 1 connected 0-5460
            c3 127.0.0.1:40003@50003 master - 0 1700000000000 3 connected 10923-16383 [77->-b2]
            d4 127.0.0.1:40004@50004 slave c3 0 1700000000000 3 connected
            e5 127.0.0.1:40005@50005,node-e slave a1 0 1700000000000 1 connected
            f6 127.0.0.1:40006@50006 slave b2 0 1700000000000 2 connected
            """;

    @Test
    void primariesAreOrderedBySlotAndOwnTheirRanges() {
        ClusterNodes nodes = ClusterNodes.parse(NODES);

        assertThat(nodes.primaries()).extracting(ClusterNodes.Primary::port).containsExactly(40001, 40002, 40003);
        assertThat(nodes.ownerOf(0)).get().extracting(ClusterNodes.Primary::id).isEqualTo("a1");
        assertThat(nodes.ownerOf(5461)).get().extracting(ClusterNodes.Primary::id).isEqualTo("b2");
        assertThat(nodes.ownerOf(16383)).get().extracting(ClusterNodes.Primary::id).isEqualTo("c3");
    }

    @Test
    void eachReplicaKnowsItsPrimary() {
        ClusterNodes nodes = ClusterNodes.parse(NODES);

        assertThat(nodes.replicas()).extracting(ClusterNodes.Replica::port).containsExactly(40004, 40005, 40006);
        assertThat(nodes.replicas()).extracting(nodes::primaryIndexOf).containsExactly(2, 0, 1);
    }
}
