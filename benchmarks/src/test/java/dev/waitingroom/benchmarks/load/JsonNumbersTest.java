package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    // As GET /api/v1/admin/events/{id}/stats answers.
    private static final String STATS = """
            {"waiting":81234,"joined_total":100000,"left_total":0,"admitted_total":18766,"dropped_total":0,"active":18766,\
            "admission_rate_measured":1000.5}""";

    @Test
    void readsWholeAndFractionalNumbers() {
        assertThat(JsonNumbers.count(STATS, "admitted_total")).isEqualTo(18_766);
        assertThat(JsonNumbers.of(STATS, "admission_rate_measured")).hasValue(1000.5);
    }

    @Test
    void aFieldThatIsNullOrMissingHasNoNumber() {
        String paused = "{\"waiting\": 5, \"admission_rate_measured\": null}";

        assertThat(JsonNumbers.of(paused, "admission_rate_measured")).isEmpty();
        assertThat(JsonNumbers.count(paused, "dropped_total")).isEqualTo(-1);
        assertThat(JsonNumbers.count(paused, "waiting")).isEqualTo(5);
    }

    @Test
    void aFieldIsMatchedByItsWholeName() {
        assertThat(JsonNumbers.count("{\"seats_waiting\":7,\"waiting\":3}", "waiting")).isEqualTo(3);
    }
}
