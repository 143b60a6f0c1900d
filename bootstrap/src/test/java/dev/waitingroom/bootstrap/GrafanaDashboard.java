package dev.waitingroom.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of {@code docs/grafana-dashboard.json}, and the metric and label names it uses. */
final class GrafanaDashboard {

    /** Every PromQL function and keyword the dashboard may use; anything else that looks like a name is a metric. */
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "rate", "irate", "increase",
            "histogram_quantile", "clamp_min", "clamp_max", "topk", "bottomk", "abs", "and", "or", "unless", "bool",
            "offset", "on", "ignoring", "group_left", "group_right");
    /** Labels Prometheus adds when it scrapes, and the bucket bound: not in the application's own series. */
    static final Set<String> ADDED_BY_PROMETHEUS = Set.of("instance", "job", "le");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MATCHERS = Pattern.compile("\\{([^}]*)}");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** Grafana's own query of a template variable: {@code label_values(metric, label)}. */
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");
    private static final Pattern MATCHER_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");

    /** One query: the metrics it reads, and the labels it groups or filters by. */
    record Query(String expr, Set<String> metrics, Set<String> labels) {
    }

    private final List<Query> queries;

    private GrafanaDashboard(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    static GrafanaDashboard read(Path file) throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
        List<Query> queries = new ArrayList<>();
        collect(dashboard.path("panels"), queries);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher labelValues = LABEL_VALUES.matcher(variable.path("query").path("query").asText());
            if (labelValues.matches()) {
                Set<String> labels = new TreeSet<>(Set.of(labelValues.group(2)));
                labels.removeAll(ADDED_BY_PROMETHEUS);
                queries.add(new Query(labelValues.group(), Set.of(labelValues.group(1)), labels));
            }
        }
        return new GrafanaDashboard(queries);
    }

    private static void collect(JsonNode panels, List<Query> into) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                into.add(parse(target.path("expr").asText()));
            }
            collect(panel.path("panels"), into); // a collapsed row holds its panels
        }
    }

    static Query parse(String expr) {
        Set<String> labels = new TreeSet<>();
        String rest = STRING.matcher(expr).replaceAll("\"\"");
        Matcher matchers = MATCHERS.matcher(rest);
        while (matchers.find()) {
            Matcher label = MATCHER_LABEL.matcher(matchers.group(1));
            while (label.find()) {
                labels.add(label.group(1));
            }
        }
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        Matcher grouping = GROUPING.matcher(rest);
        while (grouping.find()) {
            for (String label : grouping.group(1).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.strip());
                }
            }
        }
        rest = GROUPING.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        Set<String> metrics = new TreeSet<>();
        Matcher name = NAME.matcher(rest);
        while (name.find()) {
            if (!PROMQL.contains(name.group()) && !(name.start() > 0 && Character.isDigit(rest.charAt(name.start() - 1)))) {
                metrics.add(name.group());
            }
        }
        labels.removeAll(ADDED_BY_PROMETHEUS);
        labels.remove("__name__");
        return new Query(expr, metrics, labels);
    }

    List<Query> queries() {
        return queries;
    }
}
