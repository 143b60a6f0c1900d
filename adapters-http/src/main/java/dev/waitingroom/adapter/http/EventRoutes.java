package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.DescribeEventQuery;
import dev.waitingroom.application.port.in.DescribeEventUseCase;
import dev.waitingroom.application.port.in.EventDescription;
import dev.waitingroom.domain.queue.EventId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/** {@code GET /api/v1/events/{event_id}}: what the waiting-room page shows of an event; public, no token. */
final class EventRoutes {

    static final String EVENT = "/api/v1/events/{eventId}";

    /** The texts are "" when not set, never null: the page shows them with textContent, as they are. */
    record PublicEvent(String eventId, String displayName, String message, boolean paused, int maxSeatsPerHold) {

        static PublicEvent of(EventDescription.Found found) {
            return new PublicEvent(found.eventId().value(), found.display().displayName(), found.display().message(),
                    found.paused(), found.maxSeatsPerHold());
        }
    }

    private final DescribeEventUseCase describeEvent;

    EventRoutes(DescribeEventUseCase describeEvent) {
        this.describeEvent = describeEvent;
    }

    void describe(ServerRequest req, ServerResponse res) {
        // an operator's change (a pause, a new message) must reach the page at its next look, through any cache
        res.headers().set(HeaderNames.CACHE_CONTROL, "no-cache");
        Optional<EventId> eventId = EventId.parse(req.path().pathParameters().get("eventId"));
        if (eventId.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE));
            return;
        }
        switch (describeEvent.describe(new DescribeEventQuery(eventId.get()))) {
            case EventDescription.Found found -> Responses.json(res, Status.OK_200, PublicEvent.of(found));
            case EventDescription.EventNotFound missing -> Responses.error(req, res,
                    new ApiError(ErrorCode.EVENT_NOT_FOUND, "there is no event " + missing.eventId()));
        }
    }
}
