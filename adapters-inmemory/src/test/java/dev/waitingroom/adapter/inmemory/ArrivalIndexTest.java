package dev.waitingroom.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArrivalIndexTest {

    @Test
    void ranksMatchANaiveModelThroughGrowthAndRemovals() {
        ArrivalIndex index = new ArrivalIndex();
        TreeSet<Integer> model = new TreeSet<>();
        List<Integer> present = new ArrayList<>();
        Random random = new Random(42);
        for (int step = 0; step < 20_000; step++) {
            if (present.isEmpty() || random.nextInt(3) > 0) {
                int slot = index.append();
                model.add(slot);
                present.add(slot);
            } else {
                int slot = present.remove(random.nextInt(present.size()));
                index.remove(slot);
                model.remove(slot);
            }
            if (step % 97 == 0 && !present.isEmpty()) {
                int probe = present.get(random.nextInt(present.size()));
                assertThat(index.rank(probe)).isEqualTo(model.headSet(probe, true).size());
            }
        }
        assertThat(index.size()).isEqualTo(model.size());
        int expected = 1;
        for (int slot : model) {
            assertThat(index.rank(slot)).isEqualTo(expected++);
        }
    }
}
