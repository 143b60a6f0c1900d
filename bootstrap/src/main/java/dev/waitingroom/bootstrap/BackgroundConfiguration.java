package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.bootstrap.flags.StoreFlagProvider;
import dev.waitingroom.bootstrap.metrics.MeteredStore;
import dev.waitingroom.bootstrap.metrics.EventGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs that run without a request. */
@Configuration(proxyBeanMethods = false)
class BackgroundConfiguration {

    /**
     * Watching the store every second notices (and logs, once) a Redis that lost its data even when no
     * load balancer is asking {@code /readyz}.
     */
    private static BackgroundWork.Job storeWatch(WaitingRoomUseCases useCases) {
        return new BackgroundWork.Job("store-watch", Duration.ofSeconds(1), Duration.ofMillis(200),
                () -> useCases.readiness().check());
    }

    /**
     * The waiting entries and open windows per event, counted by the store every few seconds (two stats
     * calls per event), so that a scrape reads the last values and never loads the store itself.
     */
    private static BackgroundWork.Job eventGauges(EventGauges gauges) {
        return new BackgroundWork.Job("event-gauges", Duration.ofSeconds(5), Duration.ofSeconds(1), gauges::refresh);
    }

    /**
     * Every instance steps admission for every event, about every {@code ADMISSION_STEP_MS} on average:
     * three quarters of it, plus up to half of it at random, so that instances do not step in lockstep.
     * The store makes each step exactly once, so no instance leads and none is needed.
     */
    private static BackgroundWork.Job admission(WaitingRoomUseCases useCases, Duration step) {
        return new BackgroundWork.Job("admission", step.multipliedBy(3).dividedBy(4), step.dividedBy(2),
                () -> useCases.admitPeople().admit());
    }

    /**
     * Every instance releases the holds that ran out, in every event, about every {@code HOLD_EXPIRY_MS}, with
     * the same jitter as admission. The store releases each hold once, whoever sweeps; a hold, a confirm or a
     * read also releases a ran-out hold it meets, so the sweep only decides how soon nobody-asked-about seats
     * come back.
     */
    private static BackgroundWork.Job holdExpiry(WaitingRoomUseCases useCases, Duration every) {
        return new BackgroundWork.Job("hold-expiry", every.multipliedBy(3).dividedBy(4), every.dividedBy(2),
                () -> useCases.releaseExpiredHolds().release());
    }

    /**
     * Every instance reads the flags from the store a second after its last read ended, so a change made on any
     * instance is in force on every other within about two seconds, and no evaluation waits for the store.
     */
    private static BackgroundWork.Job flagRefresh(StoreFlagProvider flags) {
        return new BackgroundWork.Job("flag-refresh", Duration.ofSeconds(1), Duration.ofMillis(100), flags::refresh);
    }

    @Bean
    BackgroundWork backgroundWork(WaitingRoomUseCases useCases, MeteredStore store, MeterRegistry registry, Settings settings,
                                  StoreFlagProvider flags) {
        EventGauges gauges = new EventGauges(store.eventCatalogue(), store.queueStore(), store.admissionStore(),
                store.seatLedger(), registry);
        return new BackgroundWork(List.of(storeWatch(useCases), eventGauges(gauges), admission(useCases, settings.admissionStep()),
                holdExpiry(useCases, settings.holdExpiry()), flagRefresh(flags)));
    }
}
