package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waitingroom.application.port.in.ConfigureEventCommand;
import dev.waitingroom.application.port.in.ConfigureEventResult;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.application.port.in.EventStats;
import dev.waitingroom.application.port.in.EventStatsQuery;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatPolicy;
import io.helidon.http.Status;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/admin/events/*}: configure an event, read its counters. The admin gate runs first. */
final class AdminRoutes {

    static final String PREFIX = "/api/v1/admin/";
    static final String EVENT = "/api/v1/admin/events/{eventId}";
    static final String EVENT_STATS = "/api/v1/admin/events/{eventId}/stats";

    record Settings(String eventId, int maxEntriesPerUser, double admissionRatePerSec, int maxActive, long entryTtlSec,
                    long abandonAfterSec, boolean paused, long holdTtlSec, int maxSeatsPerHold, int logMaxEntries,
                    long logTtlSec, String displayName, String message) {

        static Settings of(EventSettings saved) {
            AdmissionPolicy admission = saved.admissionPolicy();
            SeatPolicy seats = saved.seatPolicy();
            LogPolicy log = saved.logPolicy();
            return new Settings(saved.eventId().value(), saved.queuePolicy().maxEntriesPerUser(), admission.ratePerSecond(),
                    admission.maxActive(), admission.entryTtl().toSeconds(), admission.abandonAfter().toSeconds(),
                    admission.paused(), seats.holdTtl().toSeconds(), seats.maxSeatsPerHold(), log.maxEntries(),
                    log.ttl().toSeconds(), saved.display().displayName(), saved.display().message());
        }
    }

    /**
     * {@code admission_rate_measured} is null while nobody was admitted in the last minute; the seat counts are
     * left out until the event has seats.
     */
    record Stats(long waiting, long joinedTotal, long leftTotal, long admittedTotal, long droppedTotal, long active,
                 Double admissionRateMeasured,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long seatsAvailable,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long seatsHeld,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long seatsSold) {

        static Stats of(EventStats.Found found) {
            QueueStats queue = found.queue();
            AdmissionStats admission = found.admission();
            Double rate = admission.measuredRate().isPresent()
                    ? Math.round(admission.measuredRate().getAsDouble() * 1000) / 1000.0
                    : null;
            Optional<SeatCounts> seats = found.seats();
            return new Stats(queue.waiting(), queue.joinedTotal(), queue.leftTotal(), admission.admittedTotal(),
                    admission.droppedTotal(), admission.active(), rate, seats.map(SeatCounts::available).orElse(null),
                    seats.map(SeatCounts::held).orElse(null), seats.map(SeatCounts::sold).orElse(null));
        }
    }

    private static final System.Logger LOG = System.getLogger(AdminRoutes.class.getName());

    private final ConfigureEventUseCase configureEvent;
    private final EventStatsUseCase eventStats;

    AdminRoutes(ConfigureEventUseCase configureEvent, EventStatsUseCase eventStats) {
        this.configureEvent = configureEvent;
        this.eventStats = eventStats;
    }

    void configure(ServerRequest req, ServerResponse res) {
        byte[] body = RequestBodies.read(req);
        switch (EventSettingsReader.read(eventIdOf(req), body)) {
            case Validated.Rejected<ConfigureEventCommand> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<ConfigureEventCommand> valid -> {
                ConfigureEventCommand command = valid.value();
                switch (configureEvent.configure(command)) {
                    case ConfigureEventResult.Configured configured -> {
                        Settings saved = Settings.of(configured.settings());
                        // opening or pausing a sale, or changing its seats, is worth a line of its own in the
                        // operator's log
                        byte[] answer = Json.write(saved);
                        String seats = configured.seats().map(counts -> seatsChanged(command.change().seats(), counts))
                                .orElse("");
                        LOG.log(Level.INFO, "event " + saved.eventId() + " configured: "
                                + new String(answer, StandardCharsets.UTF_8) + seats);
                        Responses.json(res, Status.OK_200, answer);
                    }
                    case ConfigureEventResult.SeatsInUse inUse -> Responses.error(req, res, new ApiError(ErrorCode.SEAT_IN_USE,
                            "held or sold, so not removed: " + ReservationRoutes.named(inUse.seats())
                                    + "; nothing of the update was applied"));
                    case ConfigureEventResult.TooManySeats tooMany -> Responses.error(req, res, new ApiError(
                            ErrorCode.INVALID_REQUEST, "seats: the event would have more than " + tooMany.limit()
                            + " seats, the most an event may have; nothing of the update was applied"));
                }
            }
        }
    }

    void stats(ServerRequest req, ServerResponse res) {
        Optional<EventId> eventId = EventId.parse(eventIdOf(req));
        if (eventId.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE));
            return;
        }
        switch (eventStats.stats(new EventStatsQuery(eventId.get()))) {
            case EventStats.Found found -> Responses.json(res, Status.OK_200, Stats.of(found));
            case EventStats.EventNotFound missing -> Responses.error(req, res,
                    new ApiError(ErrorCode.EVENT_NOT_FOUND, "there is no event " + missing.eventId()));
        }
    }

    private static String seatsChanged(SeatChange change, SeatCounts counts) {
        return "; seats +" + change.add().size() + " -" + change.remove().size() + " asked, now " + counts.available()
                + " available, " + counts.held() + " held, " + counts.sold() + " sold";
    }

    private static String eventIdOf(ServerRequest req) {
        return req.path().pathParameters().get("eventId");
    }
}
