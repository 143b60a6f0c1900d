package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.AdmissionStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTotalsTest {

    @Test
    void addsUpWhatTheStepsDidAndKeepsWhatTheLastOneLeftWaiting() {
        StepTotals totals = StepTotals.of(List.of(
                new AdmissionStep(1000, 0, 0, 9000, 1000, true),
                new AdmissionStep(100, 1000, 5, 7900, 1095, true),
                new AdmissionStep(100, 3, 0, 7797, 1195, false)));

        assertThat(totals).isEqualTo(new StepTotals(1200, 1003, 5, 2, 7797));
    }
}
