package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueIdsTest {

    @Test
    void idsHaveTheLengthOfATicketIdAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (long n : new long[] {0, 1, 9, 10, 123_456_789, Long.MAX_VALUE}) {
            String id = UniqueIds.of(n);
            assertThat(id).hasSize(22).matches("[0-9]+");
            assertThat(seen.add(id)).as("repeated id %s", id).isTrue();
        }
    }
}
