package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Per event, as the store counted them at the last {@link #refresh()}: {@code waitingroom_waiting_entries{event}}
 * (entries in the queue), {@code waitingroom_open_windows{event}} (admission windows open) and
 * {@code waitingroom_seats{event, state}} (seats available, held and sold, for events that have seats). A
 * background job refreshes them; a scrape only reads the last values, so scraping never loads the store. Every
 * gateway reports the same store-wide numbers.
 */
public final class EventGauges {

    static final String WAITING = "waitingroom.waiting.entries";
    static final String OPEN_WINDOWS = "waitingroom.open.windows";
    static final String SEATS = "waitingroom.seats";

    private final EventCatalogue catalogue;
    private final QueueStore queues;
    private final AdmissionStore admission;
    private final SeatLedger seatLedger;
    private final MultiGauge waiting;
    private final MultiGauge openWindows;
    private final MultiGauge seats;

    public EventGauges(EventCatalogue catalogue, QueueStore queues, AdmissionStore admission, SeatLedger seatLedger,
                       MeterRegistry registry) {
        this.catalogue = catalogue;
        this.queues = queues;
        this.admission = admission;
        this.seatLedger = seatLedger;
        this.waiting = MultiGauge.builder(WAITING).description("Entries waiting in each event's queue, as of the last refresh")
                .register(registry);
        this.openWindows = MultiGauge.builder(OPEN_WINDOWS)
                .description("Admission windows open in each event, as of the last refresh").register(registry);
        this.seats = MultiGauge.builder(SEATS)
                .description("Seats of each event by state (available, held, sold), as of the last refresh").register(registry);
    }

    /** Asks the store for each event's counters; an event that is gone loses its series. */
    public void refresh() {
        List<MultiGauge.Row<?>> waitingRows = new ArrayList<>();
        List<MultiGauge.Row<?>> windowRows = new ArrayList<>();
        List<MultiGauge.Row<?>> seatRows = new ArrayList<>();
        for (EventId event : catalogue.events()) {
            Tags tags = Tags.of("event", event.value());
            queues.stats(event).ifPresent(stats -> waitingRows.add(MultiGauge.Row.of(tags, stats.waiting())));
            admission.admissionStats(event).ifPresent(stats -> windowRows.add(MultiGauge.Row.of(tags, stats.active())));
            seatLedger.seatCounts(event).ifPresent(counts -> {
                seatRows.add(MultiGauge.Row.of(tags.and("state", "available"), counts.available()));
                seatRows.add(MultiGauge.Row.of(tags.and("state", "held"), counts.held()));
                seatRows.add(MultiGauge.Row.of(tags.and("state", "sold"), counts.sold()));
            });
        }
        waiting.register(waitingRows, true);
        openWindows.register(windowRows, true);
        seats.register(seatRows, true);
    }
}
