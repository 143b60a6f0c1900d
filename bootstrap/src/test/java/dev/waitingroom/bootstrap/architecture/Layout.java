package dev.waitingroom.bootstrap.architecture;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where each ring of the hexagon lives, as ArchUnit package patterns. */
record Layout(String domainModel, String domainPorts, String application, Map<String, String> adapters, String bootstrap) {

    Layout {
        adapters = Map.copyOf(adapters);
    }

    /** The project's layout under {@code root}. */
    static Layout under(String root) {
        Map<String, String> adapters = new LinkedHashMap<>();
        for (String adapter : new String[] {"redis", "inmemory", "http"}) {
            adapters.put(adapter, root + ".adapter." + adapter + "..");
        }
        return new Layout(root + ".domain.queue..", root + ".domain.port..", root + ".application..", adapters,
                root + ".bootstrap..");
    }

    String domain() {
        return domainModel.substring(0, domainModel.lastIndexOf(".queue..")) + "..";
    }

    Layout withAdapter(String name, String packagePattern) {
        Map<String, String> changed = new LinkedHashMap<>(adapters);
        changed.put(name, packagePattern);
        return new Layout(domainModel, domainPorts, application, changed, bootstrap);
    }

    Layout withApplication(String packagePattern) {
        return new Layout(domainModel, domainPorts, packagePattern, adapters, bootstrap);
    }
}
