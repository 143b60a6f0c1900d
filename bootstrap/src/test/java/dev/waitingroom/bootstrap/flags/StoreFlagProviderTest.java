package dev.waitingroom.bootstrap.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.waitingroom.bootstrap.CapturedLog;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreFlagProviderTest {

    private static final FeatureFlag FLAG = FeatureFlag.STREAMS_QUEUE;
    private static final String NAME = FLAG.flagName();

    private final SwitchableFlagStore store = new SwitchableFlagStore();
    private final CapturedLog logged = CapturedLog.of(StoreFlagProvider.class);

    @AfterEach
    void releaseLogs() {
        logged.close();
    }

    @Test
    void theFirstInstanceStoresItsStartingValues() {
        StoreFlagProvider provider = startedWith(Rollout.ON);

        assertThat(store.read()).isEqualTo(Map.of(FLAG, Rollout.ON));
        assertThat(isOn(provider, "ann")).isTrue();
        assertThat(logged.warnings()).isEmpty();
    }

    @Test
    void aLaterInstanceFollowsTheStoreAndWarnsThatItsVariableIsOnlyAStartingValue() {
        store.set(FLAG, Rollout.toPercent(25));

        StoreFlagProvider provider = startedWith(Rollout.ON);

        assertThat(provider.current()).isEqualTo(Map.of(FLAG, Rollout.toPercent(25)));
        assertThat(store.read()).as("the stored value is kept").isEqualTo(Map.of(FLAG, Rollout.toPercent(25)));
        assertThat(logged.warnings()).singleElement().asString()
                .contains("FEATURE_STREAMS_QUEUE=true is only a starting value", "the store holds streams_queue = 25%");
    }

    @Test
    void aChangeMadeElsewhereIsInForceAfterTheNextRefresh() {
        StoreFlagProvider provider = startedWith(Rollout.OFF);
        store.set(FLAG, Rollout.ON);

        assertThat(isOn(provider, "ann")).as("no store call per evaluation").isFalse();
        provider.refresh();

        assertThat(isOn(provider, "ann")).isTrue();
    }

    @Test
    void evaluationsNeverCallTheStore() {
        StoreFlagProvider provider = startedWith(Rollout.toPercent(50));
        int callsAfterStart = store.calls();

        IntStream.range(0, 1000).forEach(i -> isOn(provider, "user-" + i));

        assertThat(store.calls()).isEqualTo(callsAfterStart);
    }

    @Test
    void aStoreDownAtStartLeavesTheStartingValuesInForceAndTheyAreStoredOnceItAnswers() {
        store.goDown();
        StoreFlagProvider provider = startedWith(Rollout.ON);

        assertThat(isOn(provider, "ann")).isTrue();
        assertThat(logged.warnings()).singleElement().asString().contains("could not be read from the store at start");

        store.comeBack();
        provider.refresh();

        assertThat(store.read()).isEqualTo(Map.of(FLAG, Rollout.ON));
        assertThat(logged.infos()).anySatisfy(line -> assertThat(line).contains("read from the store again"));
    }

    @Test
    void duringAnOutageTheLastValuesStayAndTheOutageIsToldOnce() {
        StoreFlagProvider provider = startedWith(Rollout.OFF);
        store.set(FLAG, Rollout.ON);
        provider.refresh();
        store.goDown();

        provider.refresh();
        provider.refresh();
        provider.refresh();

        assertThat(isOn(provider, "ann")).as("the last values read").isTrue();
        assertThat(logged.warnings()).singleElement().asString().contains("keeps its last values [streams_queue=true]");
        store.comeBack();
        provider.refresh();
        store.goDown();
        provider.refresh();
        assertThat(logged.warnings()).as("a new outage is told again").hasSize(2);
    }

    @Test
    void aChangeThisInstanceMadeIsInForceAtOnce() {
        StoreFlagProvider provider = startedWith(Rollout.OFF);

        new LocalFlagChanges(store, provider).set(FLAG, Rollout.ON);

        assertThat(isOn(provider, "ann")).isTrue();
    }

    @Test
    void aPartialRolloutIsDecidedByThePersonsBucket() {
        StoreFlagProvider provider = startedWith(Rollout.toPercent(25));

        for (int i = 0; i < 200; i++) {
            String person = "user-" + i;
            ProviderEvaluation<Boolean> evaluation = provider.getBooleanEvaluation(NAME, false, new ImmutableContext(person));
            assertThat(evaluation.getValue()).as(person).isEqualTo(Rollout.bucket(NAME, person) < 25);
            assertThat(evaluation.getReason()).isEqualTo(Reason.SPLIT.name());
            assertThat(evaluation.getErrorCode()).isNull();
        }
    }

    @Test
    void aFlagOnOrOffForEveryoneNeedsNoPerson() {
        assertThat(startedWith(Rollout.ON).getBooleanEvaluation(NAME, false, new ImmutableContext()).getValue()).isTrue();
        StoreFlagProvider offElsewhere = new StoreFlagProvider(new SwitchableFlagStore(), Map.of(FLAG, Rollout.OFF));
        offElsewhere.start();
        ProviderEvaluation<Boolean> off = offElsewhere.getBooleanEvaluation(NAME, true, null);
        assertThat(off.getValue()).isFalse();
        assertThat(off.getReason()).isEqualTo(Reason.DISABLED.name());
    }

    @Test
    void whatCannotBeAnsweredIsTheDefaultWithTheReason() {
        StoreFlagProvider provider = startedWith(Rollout.toPercent(25));

        ProviderEvaluation<Boolean> unknown = provider.getBooleanEvaluation("lua_atomic", true, new ImmutableContext("ann"));
        ProviderEvaluation<Boolean> noPerson = provider.getBooleanEvaluation(NAME, false, new ImmutableContext());
        ProviderEvaluation<String> notBoolean = provider.getStringEvaluation(NAME, "x", new ImmutableContext("ann"));

        assertThat(unknown.getValue()).isTrue();
        assertThat(unknown.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
        assertThat(unknown.getReason()).isEqualTo(Reason.ERROR.name());
        assertThat(noPerson.getErrorCode()).isEqualTo(ErrorCode.TARGETING_KEY_MISSING);
        assertThat(notBoolean.getValue()).isEqualTo("x");
        assertThat(notBoolean.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
        assertThat(provider.getIntegerEvaluation("nope", 3, null).getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
        assertThat(provider.getMetadata().getName()).isEqualTo("waiting-room-store");
    }

    private StoreFlagProvider startedWith(Rollout starting) {
        StoreFlagProvider provider = new StoreFlagProvider(store, Map.of(FLAG, starting));
        provider.start();
        return provider;
    }

    private static boolean isOn(StoreFlagProvider provider, String person) {
        return provider.getBooleanEvaluation(NAME, false, new ImmutableContext(person)).getValue();
    }
}
