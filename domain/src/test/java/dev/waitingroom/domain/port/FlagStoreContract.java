package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link FlagStore} must show. Each adapter extends this once. The flags belong to the
 * whole deployment (no event), so every test starts from a store that holds none.
 */
public abstract class FlagStoreContract {

    private static final FeatureFlag FLAG = FeatureFlag.STREAMS_QUEUE;
    private static final int INSTANCES = 32;

    private FlagStore store;

    /** A store that holds no flag yet. */
    protected abstract FlagStore emptyStore();

    /**
     * The same store as another gateway instance sees it (another connection, say). Stores that only live
     * in one process answer the store itself.
     */
    protected FlagStore anotherInstance(FlagStore store) {
        return store;
    }

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void anEmptyStoreHoldsNoFlag() {
        assertThat(store.read()).isEmpty();
    }

    @Test
    void settingAFlagAnswersWhatItReplaced() {
        assertThat(store.set(FLAG, Rollout.toPercent(25))).as("nothing before").isEmpty();
        assertThat(store.read()).isEqualTo(Map.of(FLAG, Rollout.toPercent(25)));

        assertThat(store.set(FLAG, Rollout.ON)).contains(Rollout.toPercent(25));
        assertThat(store.set(FLAG, Rollout.OFF)).contains(Rollout.ON);
        assertThat(store.set(FLAG, Rollout.OFF)).as("the same again").contains(Rollout.OFF);
        assertThat(anotherInstance(store).read()).isEqualTo(Map.of(FLAG, Rollout.OFF));
    }

    @Test
    void everyRolloutIsReadBackAsItWasSet() {
        List<Rollout> rollouts = new ArrayList<>(List.of(Rollout.OFF, Rollout.ON));
        for (int percent = 0; percent <= 100; percent++) {
            rollouts.add(Rollout.toPercent(percent));
        }
        for (Rollout rollout : rollouts) {
            store.set(FLAG, rollout);
            assertThat(anotherInstance(store).read()).as(rollout.text()).isEqualTo(Map.of(FLAG, rollout));
        }
    }

    @Test
    void theFirstStartingValueIsKeptAndALaterSetReplacesIt() {
        assertThat(store.setIfAbsent(FLAG, Rollout.toPercent(10))).isEqualTo(Rollout.toPercent(10));
        assertThat(anotherInstance(store).setIfAbsent(FLAG, Rollout.ON)).as("another instance starting later")
                .isEqualTo(Rollout.toPercent(10));
        assertThat(store.read()).isEqualTo(Map.of(FLAG, Rollout.toPercent(10)));

        assertThat(store.set(FLAG, Rollout.OFF)).contains(Rollout.toPercent(10));
        assertThat(store.setIfAbsent(FLAG, Rollout.ON)).as("an operator's value outlives a restart").isEqualTo(Rollout.OFF);
    }

    @Test
    void instancesStartingAtOnceAllKeepTheSameStartingValue() throws Exception {
        List<Rollout> kept = race(instance -> anotherInstance(store).setIfAbsent(FLAG, Rollout.toPercent(instance)));

        assertThat(new HashSet<>(kept)).as("one winner for all").hasSize(1);
        assertThat(kept.get(0).percent()).as("one of the starting values offered").isBetween(0, INSTANCES - 1);
        assertThat(store.read()).isEqualTo(Map.of(FLAG, kept.get(0)));
    }

    @Test
    void operatorsSettingAtOnceEachReplaceExactlyOneValue() throws Exception {
        List<Optional<Rollout>> replaced = race(instance -> anotherInstance(store).set(FLAG, Rollout.toPercent(instance)));

        // the sets happened one after another: each value set was replaced by the next, once, but the last
        assertThat(replaced.stream().filter(Optional::isEmpty)).as("only the first found nothing").hasSize(1);
        Set<Rollout> replacedValues = new HashSet<>();
        replaced.stream().flatMap(Optional::stream).forEach(replacedValues::add);
        assertThat(replacedValues).hasSize(INSTANCES - 1);
        Rollout last = store.read().get(FLAG);
        assertThat(replacedValues).doesNotContain(last);
        assertThat(last.percent()).isBetween(0, INSTANCES - 1);
    }

    /** Every instance acts at once, each with its own number; their answers in the order of the numbers. */
    private static <T> List<T> race(IntFunction<T> action) throws Exception {
        List<Callable<T>> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            int instance = i;
            instances.add(() -> action.apply(instance));
        }
        return AtOnce.run(instances);
    }
}
