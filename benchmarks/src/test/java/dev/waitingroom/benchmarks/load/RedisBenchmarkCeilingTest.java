package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedisBenchmarkCeilingTest {

    @Test
    void readsTheRequestsPerSecondOfTheDataRow() throws IOException {
        // As redis-benchmark 7.0 prints it with --csv (command shortened).
        String csv = """
                "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
                "EVALSHA 0138 7 wr:{e}:event k__rand_int__-__rand_int__ 86400000","38240.92","1.220","0.288","1.135","2.247","2.911","4.415"
                """;

        assertThat(RedisBenchmarkCeiling.requestsPerSecond(csv)).isEqualTo(38240.92);
    }

    @Test
    void refusesOutputWithoutAFigure() {
        String failure = "Error from server: NOSCRIPT No matching script. Please use EVAL.";

        assertThatThrownBy(() -> RedisBenchmarkCeiling.requestsPerSecond(failure))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("NOSCRIPT");
    }
}
