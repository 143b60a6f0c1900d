package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.DescribeEventQuery;
import dev.waitingroom.application.port.in.DescribeEventUseCase;
import dev.waitingroom.application.port.in.EventDescription;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.port.EventCatalogue;
import java.util.Optional;

public final class DescribeEventService implements DescribeEventUseCase {

    private final EventCatalogue eventCatalogue;

    public DescribeEventService(EventCatalogue eventCatalogue) {
        this.eventCatalogue = eventCatalogue;
    }

    @Override
    public EventDescription describe(DescribeEventQuery query) {
        Optional<EventSettings> found = eventCatalogue.find(query.eventId());
        if (found.isEmpty()) {
            return new EventDescription.EventNotFound(query.eventId());
        }
        EventSettings settings = found.get();
        return new EventDescription.Found(settings.eventId(), settings.display(), settings.admissionPolicy().paused(),
                settings.seatPolicy().maxSeatsPerHold());
    }
}
