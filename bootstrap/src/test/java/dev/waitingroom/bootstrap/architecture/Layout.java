package dev.waitingroom.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where each ring of the hexagon lives, as ArchUnit package patterns. The project's layout is read off
 * its classes: every package under {@code <root>.adapter} is an adapter, every package under
 * {@code <root>.domain} but {@code port} is a part of the domain model. A new capability or a new
 * adapter is covered by the rules without touching them.
 *
 * @param domainModels one pattern per domain package ({@code <root>.domain.queue..}, ...)
 * @param adapters     adapter name to its pattern ({@code redis -> <root>.adapter.redis..})
 */
record Layout(String root, List<String> domainModels, String domainPorts, String application,
              Map<String, String> adapters, String bootstrap) {

    Layout {
        domainModels = List.copyOf(domainModels);
        adapters = Map.copyOf(adapters);
    }

    /** The layout of the classes under {@code root}; fails if it finds no domain model or no adapter. */
    static Layout derivedFrom(JavaClasses classes, String root) {
        TreeSet<String> models = new TreeSet<>();
        TreeSet<String> adapterNames = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            subpackageOf(javaClass.getPackageName(), root + ".domain").filter(name -> !name.equals("port")).ifPresent(models::add);
            subpackageOf(javaClass.getPackageName(), root + ".adapter").ifPresent(adapterNames::add);
        }
        if (models.isEmpty() || adapterNames.isEmpty()) {
            throw new IllegalStateException("no domain model or no adapter found under " + root + ": is the root right?");
        }
        List<String> domainModels = new ArrayList<>();
        models.forEach(model -> domainModels.add(root + ".domain." + model + ".."));
        Map<String, String> adapters = new LinkedHashMap<>();
        adapterNames.forEach(adapter -> adapters.put(adapter, root + ".adapter." + adapter + ".."));
        return new Layout(root, domainModels, root + ".domain.port..", root + ".application..", adapters, root + ".bootstrap..");
    }

    /** {@code queue} for {@code <parent>.queue.more}; empty for {@code <parent>} itself or another tree. */
    private static Optional<String> subpackageOf(String packageName, String parent) {
        if (!packageName.startsWith(parent + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(parent.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    String domain() {
        return root + ".domain..";
    }

    /** Every pattern a class may live in; a class in none of them belongs to no ring. */
    List<String> everyRing() {
        List<String> rings = new ArrayList<>(domainModels);
        rings.add(domainPorts);
        rings.add(application);
        rings.addAll(adapters.values());
        rings.add(bootstrap);
        return rings;
    }

    Layout withAdapter(String name, String packagePattern) {
        Map<String, String> changed = new LinkedHashMap<>(adapters);
        changed.put(name, packagePattern);
        return new Layout(root, domainModels, domainPorts, application, changed, bootstrap);
    }

    Layout withApplication(String packagePattern) {
        return new Layout(root, domainModels, domainPorts, packagePattern, adapters, bootstrap);
    }
}
