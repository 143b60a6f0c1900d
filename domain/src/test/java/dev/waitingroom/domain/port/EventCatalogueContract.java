package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
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
}
