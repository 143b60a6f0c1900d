package dev.waitingroom.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One counter per possible result of a use case, {@code <name>_total{result}}, all registered at once so
 * that a result which never happened shows as 0 rather than as no series (a rate over nothing is empty).
 */
final class Outcomes {

    /** The result of a call that threw: the store was unavailable, or a bug. */
    static final String FAILED = "failed";

    private final Map<String, Counter> counters;

    Outcomes(MeterRegistry registry, String name, String description, List<String> results) {
        this.counters = results.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                result -> Counter.builder(name).description(description).tag("result", result).register(registry)));
    }

    void count(String result) {
        Counter counter = counters.get(result);
        if (counter == null) {
            throw new IllegalArgumentException("not a result of this use case: " + result);
        }
        counter.increment();
    }
}
