package dev.waitingroom.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dependency rules of the hexagon, defined once and evaluated over any {@link Layout}. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static List<ArchRule> all(Layout layout) {
        return List.of(onion(layout), bootstrapIsTheOuterRing(layout), springOnlyInBootstrap(layout),
                openFeatureOnlyInBootstrap(layout), domainOnlyOnTheJdk(layout), adaptersDoNotDependOnEachOther(layout),
                everyClassIsInARing(layout));
    }

    /** Domain at the centre, application around it, adapters outside; adapters never use each other. */
    static ArchRule onion(Layout layout) {
        OnionArchitecture onion = onionArchitecture()
                .domainModels(layout.domainModels().toArray(String[]::new))
                .domainServices(layout.domainPorts())
                .applicationServices(layout.application());
        layout.adapters().forEach(onion::adapter);
        return onion
                // the composition root wires every ring; bootstrapIsTheOuterRing keeps it outermost
                .ignoreDependency(resideInAPackage(layout.bootstrap()), DescribedPredicate.alwaysTrue())
                // a misspelled package would be an empty layer: make that fail instead of passing vacuously
                .withOptionalLayers(false);
    }

    /** Only the composition root sees everything, and nothing sees it. */
    static ArchRule bootstrapIsTheOuterRing(Layout layout) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(false)
                .layer("Domain").definedBy(layout.domain())
                .layer("Application").definedBy(layout.application())
                .layer("Bootstrap").definedBy(layout.bootstrap());
        List<String> adapterLayers = new ArrayList<>();
        for (Map.Entry<String, String> adapter : layout.adapters().entrySet()) {
            String name = "Adapter " + adapter.getKey();
            adapterLayers.add(name);
            layers = layers.layer(name).definedBy(adapter.getValue());
        }
        layers = layers.whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer();
        for (String adapter : adapterLayers) {
            layers = layers.whereLayer(adapter).mayOnlyBeAccessedByLayers("Bootstrap");
        }
        List<String> outerRings = new ArrayList<>(adapterLayers);
        outerRings.add("Bootstrap");
        layers = layers.whereLayer("Application").mayOnlyBeAccessedByLayers(outerRings.toArray(String[]::new));
        outerRings.add("Application");
        return layers.whereLayer("Domain").mayOnlyBeAccessedByLayers(outerRings.toArray(String[]::new));
    }

    /** A class in a package of no ring escapes every other rule: refuse it, so a new package gets a home first. */
    static ArchRule everyClassIsInARing(Layout layout) {
        return classes().that().resideInAPackage(layout.root() + "..")
                .should().resideInAnyPackage(layout.everyRing().toArray(String[]::new))
                .because("every package belongs to a ring of the hexagon (see architecture.md, Growing the hexagon)");
    }

    static ArchRule springOnlyInBootstrap(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.bootstrap())
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("only the composition root knows the wiring framework");
    }

    /** The application asks the flag port; which library evaluates the flags is the composition root's business. */
    static ArchRule openFeatureOnlyInBootstrap(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.bootstrap())
                .should().dependOnClassesThat().resideInAPackage("dev.openfeature..")
                .because("flags are evaluated through the FeatureFlags port; OpenFeature is wired in bootstrap alone");
    }

    static ArchRule domainOnlyOnTheJdk(Layout layout) {
        return classes().that().resideInAPackage(layout.domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage(layout.domain(), "java..")
                .because("the domain is pure Java");
    }

    static ArchRule adaptersDoNotDependOnEachOther(Layout layout) {
        ArchRule rule = null;
        for (var adapter : layout.adapters().entrySet()) {
            String[] others = layout.adapters().entrySet().stream()
                    .filter(other -> !other.getKey().equals(adapter.getKey()))
                    .map(Map.Entry::getValue)
                    .toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(adapter.getValue())
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(false);
            rule = rule == null ? one : CompositeArchRule.of(rule).and(one);
        }
        return rule;
    }
}
