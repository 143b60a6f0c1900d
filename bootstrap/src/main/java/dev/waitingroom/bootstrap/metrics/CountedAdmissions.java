package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.AdmissionRound;
import dev.waitingroom.application.port.in.AdmitPeopleUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What this instance's admission rounds did: {@code waitingroom_admissions_total},
 * {@code waitingroom_drops_total} (entries dropped for silence), {@code waitingroom_windows_closed_total}
 * (admission windows that ended), and {@code waitingroom_admission_round_seconds}. Summed over the
 * instances they are the store's totals, since each step happens once.
 */
final class CountedAdmissions implements AdmitPeopleUseCase {

    static final String ADMISSIONS = "waitingroom.admissions";
    static final String DROPS = "waitingroom.drops";
    static final String WINDOWS_CLOSED = "waitingroom.windows.closed";
    static final String ROUND = "waitingroom.admission.round";

    private final AdmitPeopleUseCase admitPeople;
    private final Counter admissions;
    private final Counter drops;
    private final Counter windowsClosed;
    private final Timer round;

    CountedAdmissions(AdmitPeopleUseCase admitPeople, MeterRegistry registry) {
        this.admitPeople = admitPeople;
        this.admissions = Counter.builder(ADMISSIONS).description("People admitted by this instance's admission steps")
                .register(registry);
        this.drops = Counter.builder(DROPS).description("Entries dropped for silence by this instance's admission steps")
                .register(registry);
        this.windowsClosed = Counter.builder(WINDOWS_CLOSED)
                .description("Admission windows that ended, closed by this instance's admission steps").register(registry);
        this.round = Timer.builder(ROUND).description("One admission round over every event, failed or not")
                .publishPercentileHistogram(false).register(registry);
    }

    @Override
    public AdmissionRound admit() {
        long start = System.nanoTime();
        try {
            AdmissionRound done = admitPeople.admit();
            admissions.increment(done.admitted());
            drops.increment(done.dropped());
            windowsClosed.increment(done.closedWindows());
            return done;
        } finally {
            round.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
