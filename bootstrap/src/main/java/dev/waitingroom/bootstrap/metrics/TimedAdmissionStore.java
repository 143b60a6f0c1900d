package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/** The admission store, each call timed: {@code operation="admission_step"} is the step latency per event. */
final class TimedAdmissionStore implements AdmissionStore {

    private final AdmissionStore store;
    private final StoreCallTimers.Operation step;
    private final StoreCallTimers.Operation enter;
    private final StoreCallTimers.Operation keepPass;
    private final StoreCallTimers.Operation stats;

    TimedAdmissionStore(AdmissionStore store, StoreCallTimers timers) {
        this.store = store;
        this.step = timers.operation("admission_step");
        this.enter = timers.operation("enter");
        this.keepPass = timers.operation("keep_pass");
        this.stats = timers.operation("admission_stats");
    }

    @Override
    public Optional<AdmissionStep> step(EventId eventId) {
        return step.time(() -> store.step(eventId));
    }

    @Override
    public EnterOutcome enter(WaitingToken token) {
        return enter.time(() -> store.enter(token));
    }

    @Override
    public Optional<String> keepPass(WaitingToken token, String pass) {
        return keepPass.time(() -> store.keepPass(token, pass));
    }

    @Override
    public Optional<AdmissionStats> admissionStats(EventId eventId) {
        return stats.time(() -> store.admissionStats(eventId));
    }
}
