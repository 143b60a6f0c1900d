package dev.waitingroom.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules are only worth something if they can fail: prove each one does. */
class ArchitectureRulesBiteTest {

    private static final String SAMPLE_ROOT = "dev.waitingroom.bootstrap.architecture.sample";

    private static final JavaClasses PRODUCTION = ArchitectureTest.importProduction();
    private static final JavaClasses SAMPLE = new ClassFileImporter().importPackages(SAMPLE_ROOT);
    private static final Layout SAMPLE_LAYOUT = Layout.derivedFrom(SAMPLE, SAMPLE_ROOT);

    static List<Function<Layout, ArchRule>> layeredRules() {
        return List.of(ArchitectureRules::onion, ArchitectureRules::bootstrapIsTheOuterRing);
    }

    @ParameterizedTest
    @MethodSource("layeredRules")
    void aMisspelledAdapterPackageFailsTheRule(Function<Layout, ArchRule> rule) {
        Layout misspelled = ArchitectureTest.PROJECT.withAdapter("redis", "dev.waitingroom.adapter.reddis..");

        assertThat(rule.apply(ArchitectureTest.PROJECT).evaluate(PRODUCTION).hasViolation()).isFalse();
        assertThat(rule.apply(misspelled).evaluate(PRODUCTION).hasViolation()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("layeredRules")
    void aMisspelledApplicationPackageFailsTheRule(Function<Layout, ArchRule> rule) {
        Layout misspelled = ArchitectureTest.PROJECT.withApplication("dev.waitingroom.aplication..");

        assertThat(rule.apply(misspelled).evaluate(PRODUCTION).hasViolation()).isTrue();
    }

    @Test
    void aMisspelledAdapterFailsTheAdapterIsolationRule() {
        Layout misspelled = ArchitectureTest.PROJECT.withAdapter("http", "dev.waitingroom.adapter.htp..");

        // ArchUnit refuses a rule whose that() matched no class at all: it fails loudly rather than passes
        assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther(misspelled).evaluate(PRODUCTION))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void everyRuleCatchesTheDeliberateViolationsOfTheSample() {
        for (ArchRule rule : ArchitectureRules.all(SAMPLE_LAYOUT)) {
            assertThat(rule.evaluate(SAMPLE).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    @Test
    void aClassOutsideEveryRingFailsTheRule() {
        String report = ArchitectureRules.everyClassIsInARing(SAMPLE_LAYOUT).evaluate(SAMPLE).getFailureReport().toString();

        assertThat(report).contains("sample.shared.TicketFormat").doesNotContain("sample.adapter.redis.RedisTicketStore");
    }

    @Test
    void openFeatureOutsideBootstrapFailsTheRuleAndInsideItDoesNot() {
        String report = ArchitectureRules.openFeatureOnlyInBootstrap(SAMPLE_LAYOUT).evaluate(SAMPLE).getFailureReport().toString();

        assertThat(report).contains("sample.application.TicketFlags").doesNotContain("sample.bootstrap.SampleWiring");
    }

    @Test
    void aNewAdapterOrDomainPackageIsPickedUpWithoutTouchingTheRules() {
        assertThat(SAMPLE_LAYOUT.adapters()).containsOnlyKeys("http", "inmemory", "redis", "kafka");
        assertThat(SAMPLE_LAYOUT.domainModels()).containsExactlyInAnyOrder(SAMPLE_ROOT + ".domain.queue..", SAMPLE_ROOT + ".domain.seat..");
        // the kafka adapter leans on the redis one: derived, it is held to the same rule as the others
        assertThat(ArchitectureRules.adaptersDoNotDependOnEachOther(SAMPLE_LAYOUT).evaluate(SAMPLE).getFailureReport().toString())
                .contains("sample.adapter.kafka.KafkaTicketLog");
    }
}
