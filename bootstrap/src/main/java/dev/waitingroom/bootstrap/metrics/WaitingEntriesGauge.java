package dev.waitingroom.bootstrap.metrics;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code waitingroom_waiting_entries{event}}: how many entries wait in each event's queue, as the store
 * counted them at the last {@link #refresh()}. A background job refreshes it; a scrape only reads the
 * last values, so scraping never loads the store. Every gateway reports the same store-wide numbers.
 */
public final class WaitingEntriesGauge {

    static final String NAME = "waitingroom.waiting.entries";

    private final EventCatalogue catalogue;
    private final QueueStore store;
    private final MultiGauge gauge;

    public WaitingEntriesGauge(EventCatalogue catalogue, QueueStore store, MeterRegistry registry) {
        this.catalogue = catalogue;
        this.store = store;
        this.gauge = MultiGauge.builder(NAME).description("Entries waiting in each event's queue, as of the last refresh")
                .register(registry);
    }

    /** Asks the store for each event's counters; an event that is gone loses its series. */
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (EventId event : catalogue.events()) {
            store.stats(event).ifPresent(stats -> rows.add(MultiGauge.Row.of(Tags.of("event", event.value()), stats.waiting())));
        }
        gauge.register(rows, true);
    }
}
