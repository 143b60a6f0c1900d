package dev.waitingroom.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatSelection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore store = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
    private final List<EventId> listed = new ArrayList<>();
    /** The catalogue as the gauge sees it: the test decides which events it lists. */
    private final EventCatalogue listing = new EventCatalogue() {
        @Override
        public EventSettings save(EventSettings settings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EventSettings> find(EventId eventId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EventId> events() {
            return List.copyOf(listed);
        }
    };
    private final InMemoryAdmissionStore admission = new InMemoryAdmissionStore(catalogue, store);
    private final InMemorySeatLedger seats = new InMemorySeatLedger(catalogue, store);
    private final EventGauges gauge = new EventGauges(listing, store, admission, seats, registry);

    @Test
    void eachEventShowsItsWaitingEntriesAsOfTheLastRefresh() {
        open("rock", 3);
        open("jazz", 1);

        gauge.refresh();
        assertThat(values()).containsExactlyInAnyOrderEntriesOf(Map.of("rock", 3.0, "jazz", 1.0));

        join("jazz");
        assertThat(values()).as("a scrape reads the last refresh; it never asks the store").containsEntry("jazz", 1.0);
        gauge.refresh();
        assertThat(values()).containsEntry("jazz", 2.0);
    }

    @Test
    void eachEventShowsItsOpenWindows() {
        EventId event = EventId.of("opera");
        catalogue.save(new EventSettings(event, new QueuePolicy(100), AdmissionPolicy.DEFAULT.withPaused(false)));
        listed.add(event);
        for (int i = 0; i < 12; i++) {
            join("opera");
        }
        admission.step(event); // the default rate lets one second's worth in: 10

        gauge.refresh();

        assertThat(values(EventGauges.OPEN_WINDOWS)).containsEntry("opera", 10.0);
        assertThat(values()).containsEntry("opera", 2.0);
    }

    @Test
    void eachEventWithSeatsShowsThemByState() {
        EventId event = EventId.of("opera");
        catalogue.save(new EventSettings(event, new QueuePolicy(100), AdmissionPolicy.DEFAULT.withPaused(false)));
        listed.add(event);
        open("standing", 0);
        seats.changeSeats(event, new SeatChange(List.of(SeatId.of("A1"), SeatId.of("A2"), SeatId.of("A3")), List.of()));
        WaitingToken token = join("opera");
        admission.step(event);
        admission.keepPass(token, "pass");
        seats.hold(event, token.entryId(), ReservationId.issue(new SecureRandom()), SeatSelection.of("A2"));

        gauge.refresh();

        assertThat(seatValues()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "opera/available", 2.0, "opera/held", 1.0, "opera/sold", 0.0));
    }

    @Test
    void anEventTheCatalogueNoLongerListsLosesItsSeries() {
        open("rock", 1);
        open("jazz", 1);
        gauge.refresh();

        listed.remove(EventId.of("rock")); // the store lost it (a flushed Redis)
        gauge.refresh();

        assertThat(values()).containsOnlyKeys("jazz");
    }

    private void open(String event, int waiting) {
        catalogue.save(new EventSettings(EventId.of(event), new QueuePolicy(100)));
        listed.add(EventId.of(event));
        for (int i = 0; i < waiting; i++) {
            join(event);
        }
    }

    private WaitingToken join(String event) {
        WaitingToken token = WaitingToken.issue(EventId.of(event), new SecureRandom());
        store.join(token, Optional.empty(), IdempotencyKey.of("key-" + System.nanoTime()));
        return token;
    }

    private Map<String, Double> seatValues() {
        return registry.find(EventGauges.SEATS).gauges().stream()
                .collect(Collectors.toMap(g -> g.getId().getTag("event") + "/" + g.getId().getTag("state"), Gauge::value));
    }

    private Map<String, Double> values() {
        return values(EventGauges.WAITING);
    }

    private Map<String, Double> values(String name) {
        return registry.find(name).gauges().stream()
                .collect(Collectors.toMap(g -> g.getId().getTag("event"), Gauge::value));
    }
}
