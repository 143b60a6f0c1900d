package dev.waitingroom.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A {@code /metrics} answer in the Prometheus text format, read into its samples. */
record PrometheusScrape(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new PrometheusScrape(List.copyOf(samples));
    }

    /** {@code name{a="x",b="y"} 1.0}; label values may hold braces, commas and escaped quotes. */
    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (brace < 0 || brace > space) {
            return new Sample(line.substring(0, space), Map.of(), Double.parseDouble(line.substring(space + 1).strip()));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int i = brace + 1;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String name = line.substring(i, equals);
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(name, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return new Sample(line.substring(0, brace), labels, Double.parseDouble(line.substring(i + 1).strip()));
    }

    /** The names of every series, as a query would write them ({@code _bucket}, {@code _total} and all). */
    Set<String> names() {
        return samples.stream().map(Sample::name).collect(Collectors.toCollection(TreeSet::new));
    }

    List<Sample> named(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The samples of that name whose labels include all of these. */
    List<Sample> matching(String name, Map<String, String> labels) {
        return named(name).stream().filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The value of the one series of that name with these labels (among others); 0 when there is none. */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = matching(name, labels);
        if (found.size() > 1) {
            throw new AssertionError("more than one series " + name + labels + ": " + found);
        }
        return found.isEmpty() ? 0 : found.getFirst().value();
    }
}
