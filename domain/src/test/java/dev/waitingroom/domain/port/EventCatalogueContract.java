package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link EventCatalogue} must show. Each adapter extends this once. */
public abstract class EventCatalogueContract {

    protected abstract EventCatalogue eventCatalogue();

    private static EventId newEvent() {
        return EventId.of("catalogue-" + UUID.randomUUID());
    }

    @Test
    void savedEventSettingsCanBeFoundAndReplaced() {
        EventId event = newEvent();
        eventCatalogue().save(new EventSettings(event, new QueuePolicy(3)));
        assertThat(eventCatalogue().find(event)).contains(new EventSettings(event, new QueuePolicy(3)));

        eventCatalogue().save(new EventSettings(event, new QueuePolicy(7)));
        assertThat(eventCatalogue().find(event)).contains(new EventSettings(event, new QueuePolicy(7)));
    }

    @Test
    void anUnknownEventIsNotInTheCatalogue() {
        assertThat(eventCatalogue().find(newEvent())).isEmpty();
    }

    @Test
    void everySavedEventIsListedOnce() {
        EventId concert = newEvent();
        EventId opera = newEvent();
        eventCatalogue().save(new EventSettings(concert, QueuePolicy.DEFAULT));
        eventCatalogue().save(new EventSettings(opera, QueuePolicy.DEFAULT));
        eventCatalogue().save(new EventSettings(concert, new QueuePolicy(2)));

        assertThat(eventCatalogue().events()).contains(concert, opera).doesNotHaveDuplicates();
    }

    @Test
    void theTextOfThePageIsKeptVerbatim() {
        EventId event = newEvent();
        EventDisplay display = new EventDisplay("Summer <b>Festival</b> été \uD83C\uDFB8",
                "Doors open at 18:00.\nBring <i>ID</i> & \"cash\"; 'no' refunds.");

        eventCatalogue().save(withDisplay(new EventSettings(event, new QueuePolicy(3)), display));

        assertThat(eventCatalogue().find(event).orElseThrow().display()).isEqualTo(display);
    }

    @Test
    void anUpdateOfOtherSettingsKeepsTheTextOfThePage() {
        EventId event = newEvent();
        EventDisplay display = new EventDisplay("Opera night", "Sold in order of arrival.");
        eventCatalogue().save(withDisplay(new EventSettings(event, QueuePolicy.DEFAULT), display));
        EventSettings found = eventCatalogue().find(event).orElseThrow();

        EventSettings unpaused = new EventSettings(event, new QueuePolicy(4), found.admissionPolicy().withPaused(false),
                found.seatPolicy(), found.logPolicy(), found.display());
        eventCatalogue().save(unpaused);

        assertThat(eventCatalogue().find(event)).contains(unpaused);
        assertThat(eventCatalogue().find(event).orElseThrow().display()).isEqualTo(display);
    }

    @Test
    void anUpdateToEmptyTextClearsIt() {
        EventId event = newEvent();
        EventSettings named = withDisplay(new EventSettings(event, QueuePolicy.DEFAULT),
                new EventDisplay("Opera night", "Sold in order of arrival."));
        eventCatalogue().save(named);

        eventCatalogue().save(withDisplay(named, new EventDisplay("", "Sold in order of arrival.")));
        assertThat(eventCatalogue().find(event).orElseThrow().display())
                .isEqualTo(new EventDisplay("", "Sold in order of arrival."));

        eventCatalogue().save(withDisplay(named, EventDisplay.NONE));
        assertThat(eventCatalogue().find(event).orElseThrow().display()).isEqualTo(EventDisplay.NONE);
    }

    private static EventSettings withDisplay(EventSettings settings, EventDisplay display) {
        return new EventSettings(settings.eventId(), settings.queuePolicy(), settings.admissionPolicy(), settings.seatPolicy(),
                settings.logPolicy(), display);
    }
}
