package dev.waitingroom.benchmarks.load;

import dev.waitingroom.domain.admission.AdmissionStep;
import java.util.List;

/** What a series of admission steps did together, and how many people were still waiting after the last. */
record StepTotals(long admitted, long dropped, long closedWindows, int cutShort, long waitingAfter) {

    static StepTotals of(List<AdmissionStep> steps) {
        long admitted = 0;
        long dropped = 0;
        long closed = 0;
        int cutShort = 0;
        for (AdmissionStep step : steps) {
            admitted += step.admitted();
            dropped += step.dropped();
            closed += step.closedWindows();
            cutShort += step.cutShort() ? 1 : 0;
        }
        return new StepTotals(admitted, dropped, closed, cutShort, steps.isEmpty() ? -1 : steps.getLast().waiting());
    }
}
