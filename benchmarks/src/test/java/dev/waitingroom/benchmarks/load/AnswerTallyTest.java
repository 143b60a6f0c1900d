package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTallyTest {

    @Test
    void mergedTalliesCountEveryAnswerAndEveryRequestWithoutOne() {
        AnswerTally first = new AnswerTally(202);
        first.answered(202, 1_000_000);
        first.answered(503, 2_000_000);
        AnswerTally second = new AnswerTally(202);
        second.answered(202, 3_000_000);
        second.failed(4_000_000);

        AnswerTally total = new AnswerTally(202);
        total.add(first);
        total.add(second);

        assertThat(total.total()).isEqualTo(4);
        assertThat(total.succeeded()).isEqualTo(2);
        assertThat(total.notSucceeded()).isEqualTo(2);
        assertThat(total.answers()).isEqualTo("202=2 503=1 no-answer=1");
        assertThat(total.maxMillis()).isBetween(3.99, 4.01);
    }
}
