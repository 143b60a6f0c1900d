package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.SlotHash;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventSpreadTest {

    @Test
    void everyThirdOfTheSlotsGetsAsManyEvents() {
        List<String> ids = EventSpread.ids("join-", 30, 3);

        Map<Integer, Long> perThird = ids.stream().collect(Collectors.groupingBy(
                id -> SlotHash.getSlot(JoinScript.queueKey(id)) * 3 / SlotHash.SLOT_COUNT, Collectors.counting()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(30).allMatch(id -> id.matches("join-\\d{3}"));
        assertThat(perThird).containsExactlyInAnyOrderEntriesOf(Map.of(0, 10L, 1, 10L, 2, 10L));
    }

    @Test
    void theSameIdsEveryTime() {
        assertThat(EventSpread.ids("status-", 7, 3)).hasSize(7).isEqualTo(EventSpread.ids("status-", 7, 3));
    }
}
