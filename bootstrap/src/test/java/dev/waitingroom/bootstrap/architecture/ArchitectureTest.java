package dev.waitingroom.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code of every module, as the composition root's class path sees it. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = importProduction();
    static final Layout PROJECT = Layout.derivedFrom(PRODUCTION, "dev.waitingroom");
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = PRODUCTION;
    }

    /** Production classes only: no test classes, and no test-jars (they carry the shared contract tests). */
    static JavaClasses importProduction() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.waitingroom");
    }

    @Test
    void theHexagonIsAnOnion() {
        ArchitectureRules.onion(PROJECT).check(production);
    }

    @Test
    void bootstrapIsTheOuterRing() {
        ArchitectureRules.bootstrapIsTheOuterRing(PROJECT).check(production);
    }

    @Test
    void springStaysInBootstrap() {
        ArchitectureRules.springOnlyInBootstrap(PROJECT).check(production);
    }

    @Test
    void openFeatureStaysInBootstrap() {
        ArchitectureRules.openFeatureOnlyInBootstrap(PROJECT).check(production);
    }

    @Test
    void theDomainDependsOnlyOnTheJdk() {
        ArchitectureRules.domainOnlyOnTheJdk(PROJECT).check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(PROJECT).check(production);
    }

    @Test
    void everyClassIsInARing() {
        ArchitectureRules.everyClassIsInARing(PROJECT).check(production);
    }

    @Test
    void theLayoutIsReadOffTheCode() {
        assertThat(PROJECT.adapters()).containsOnlyKeys("http", "inmemory", "redis");
        assertThat(PROJECT.domainModels()).contains("dev.waitingroom.domain.queue..");
    }
}
