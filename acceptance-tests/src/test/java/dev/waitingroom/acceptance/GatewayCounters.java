package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one gateway reports about its own admission work: how many admission rounds it ran (each steps
 * every event) and how many people its steps let in.
 */
record GatewayCounters(double rounds, double letIn) {

    static final String ROUNDS = "waitingroom_admission_round_seconds_count";
    static final String LET_IN = "waitingroom_admissions_total";

    static GatewayCounters of(Reply metrics) {
        assertThat(metrics.status()).as("the gateway's metrics: status %s", metrics.status()).isEqualTo(200);
        return new GatewayCounters(sample(metrics.text(), ROUNDS), sample(metrics.text(), LET_IN));
    }

    /** The sum of every sample of the metric, whatever its labels; fails when there is none. */
    static double sample(String text, String metric) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + " ") || line.startsWith(metric + "{")) {
                // name{labels} value [timestamp]
                String afterName = line.substring(line.contains("}") ? line.lastIndexOf('}') + 1 : metric.length()).trim();
                sum += Double.parseDouble(afterName.split(" ")[0]);
                found = true;
            }
        }
        assertThat(found).as("the gateway reports %s", metric).isTrue();
        return sum;
    }
}
