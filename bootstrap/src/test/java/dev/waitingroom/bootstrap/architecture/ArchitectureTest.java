package dev.waitingroom.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code of every module, as the composition root's class path sees it. */
class ArchitectureTest {

    static final Layout PROJECT = Layout.under("dev.waitingroom");
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = importProduction();
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
    void theDomainDependsOnlyOnTheJdk() {
        ArchitectureRules.domainOnlyOnTheJdk(PROJECT).check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(PROJECT).check(production);
    }
}
