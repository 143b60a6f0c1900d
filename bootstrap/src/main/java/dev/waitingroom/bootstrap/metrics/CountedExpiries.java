package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.application.port.in.ExpiryRound;
import dev.waitingroom.application.port.in.ReleaseExpiredHoldsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * What this instance's hold expiry rounds did: {@code waitingroom_hold_expiries_total} (holds that ran out and
 * gave their seats back) and {@code waitingroom_hold_expiry_round_seconds}. Summed over the instances, the holds
 * the sweeps released, since each is released once; a hold found ran out by a hold, a confirm or a read
 * before any sweep is released there and not counted here.
 */
final class CountedExpiries implements ReleaseExpiredHoldsUseCase {

    static final String EXPIRIES = "waitingroom.hold.expiries";
    static final String ROUND = "waitingroom.hold.expiry.round";

    private final ReleaseExpiredHoldsUseCase release;
    private final Counter expiries;
    private final Timer round;

    CountedExpiries(ReleaseExpiredHoldsUseCase release, MeterRegistry registry) {
        this.release = release;
        this.expiries = Counter.builder(EXPIRIES).description("Holds released by this instance's expiry sweeps")
                .register(registry);
        this.round = Timer.builder(ROUND).description("One hold expiry round over every event, failed or not")
                .publishPercentileHistogram(false).register(registry);
    }

    @Override
    public ExpiryRound release() {
        long start = System.nanoTime();
        try {
            ExpiryRound done = release.release();
            expiries.increment(done.expired());
            return done;
        } finally {
            round.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
