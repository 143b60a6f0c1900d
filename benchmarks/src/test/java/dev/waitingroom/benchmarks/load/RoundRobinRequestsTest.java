package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRobinRequestsTest {

    private record Named(String name, int success) implements Requests {
        @Override
        public byte[] request(long n) {
            return (name + n).getBytes(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void eachPartInTurnWithItsOwnCounter() {
        Requests requests = new RoundRobinRequests(List.of(new Named("a", 202), new Named("b", 202), new Named("c", 202)));

        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 7L).stream().map(n -> new String(requests.request(n), StandardCharsets.US_ASCII)))
                .containsExactly("a0", "b0", "c0", "a1", "b1", "b2");
        assertThat(requests.success()).isEqualTo(202);
    }

    @Test
    void partsMustAgreeOnSuccess() {
        assertThatThrownBy(() -> new RoundRobinRequests(List.of(new Named("a", 202), new Named("b", 200))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
