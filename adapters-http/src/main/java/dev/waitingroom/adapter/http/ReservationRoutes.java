package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waitingroom.adapter.http.EntryPassVerifier.VerifiedPass;
import dev.waitingroom.application.port.in.CancelReservationCommand;
import dev.waitingroom.application.port.in.CancelReservationResult;
import dev.waitingroom.application.port.in.CancelReservationUseCase;
import dev.waitingroom.application.port.in.ConfirmReservationCommand;
import dev.waitingroom.application.port.in.ConfirmReservationResult;
import dev.waitingroom.application.port.in.ConfirmReservationUseCase;
import dev.waitingroom.application.port.in.HoldSeatsCommand;
import dev.waitingroom.application.port.in.HoldSeatsResult;
import dev.waitingroom.application.port.in.HoldSeatsUseCase;
import dev.waitingroom.application.port.in.ReadReservationQuery;
import dev.waitingroom.application.port.in.ReadReservationResult;
import dev.waitingroom.application.port.in.ReadReservationUseCase;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.Reservation;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code /api/v1/reservations/*} (seat holds, with the admission's entry pass as the bearer token) and the
 * seat map of an event (no token). A pass is verified before anything reaches the store; a reservation is
 * looked up in the event the pass is for, as its holder (the pass's entry), so another person's pass finds
 * nothing.
 */
final class ReservationRoutes {

    static final String RESERVATIONS = "/api/v1/reservations";
    static final String RESERVATION = "/api/v1/reservations/{id}";
    static final String CONFIRM = "/api/v1/reservations/{id}/confirm";
    static final String CANCEL = "/api/v1/reservations/{id}/cancel";
    static final String SEATS = "/api/v1/events/{eventId}/seats";

    /** RFC 3339 in UTC, always with milliseconds: the store keeps hold ends to the millisecond. */
    static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Seats named in one message at most; a refusal of thousands of seats stays readable. */
    private static final int SEATS_NAMED = 20;

    /** {@code remaining} is only on the answer to a hold: the event's available seats right after it. */
    record ReservationBody(String reservationId, String status, String eventId, List<String> seatIds,
                           String holdExpiresAt, @JsonInclude(JsonInclude.Include.NON_NULL) Long remaining) {

        static ReservationBody of(Reservation reservation, Long remaining) {
            return new ReservationBody(reservation.id().value(), reservation.status().name(),
                    reservation.eventId().value(), reservation.seats().stream().map(SeatId::value).toList(),
                    RFC_3339.format(reservation.holdExpiresAt()), remaining);
        }
    }

    private final EntryPassVerifier passes;
    private final HoldSeatsUseCase holdSeats;
    private final ReadReservationUseCase readReservation;
    private final ConfirmReservationUseCase confirmReservation;
    private final CancelReservationUseCase cancelReservation;
    private final SeatMapCache seatMap;

    ReservationRoutes(EntryPassVerifier passes, HoldSeatsUseCase holdSeats, ReadReservationUseCase readReservation,
                      ConfirmReservationUseCase confirmReservation, CancelReservationUseCase cancelReservation,
                      SeatMapCache seatMap) {
        this.passes = passes;
        this.holdSeats = holdSeats;
        this.readReservation = readReservation;
        this.confirmReservation = confirmReservation;
        this.cancelReservation = cancelReservation;
        this.seatMap = seatMap;
    }

    void hold(ServerRequest req, ServerResponse res) {
        Optional<VerifiedPass> pass = pass(req);
        if (pass.isEmpty()) {
            Responses.error(req, res, invalidPass());
            return;
        }
        byte[] body = RequestBodies.read(req);
        switch (HoldRequestReader.read(body)) {
            case Validated.Rejected<HoldRequestReader.HoldRequest> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<HoldRequestReader.HoldRequest> valid -> {
                HoldRequestReader.HoldRequest hold = valid.value();
                if (!hold.eventId().equals(pass.get().eventId())) {
                    Responses.error(req, res, new ApiError(ErrorCode.INVALID_RESERVATION_TOKEN,
                            "this token is for another event than " + hold.eventId()));
                    return;
                }
                answerHold(req, res, holdSeats.hold(new HoldSeatsCommand(hold.eventId(), pass.get().holder(), hold.seats())));
            }
        }
    }

    private static void answerHold(ServerRequest req, ServerResponse res, HoldSeatsResult result) {
        switch (result) {
            case HoldSeatsResult.Held held -> {
                res.headers().set(HeaderNames.LOCATION, RESERVATIONS + "/" + held.reservation().id().value());
                Responses.json(res, Status.CREATED_201, ReservationBody.of(held.reservation(), held.remaining()));
            }
            case HoldSeatsResult.WindowClosed closed -> Responses.error(req, res, windowClosed());
            case HoldSeatsResult.TooManySeats tooMany -> Responses.error(req, res, new ApiError(ErrorCode.TOO_MANY_SEATS,
                    "this event lets one hold take at most " + tooMany.maxSeatsPerHold() + " seats"));
            case HoldSeatsResult.UnknownSeats unknown -> Responses.error(req, res, new ApiError(ErrorCode.INVALID_SEAT,
                    "this event has no seat " + named(unknown.seats())));
            case HoldSeatsResult.HoldExists exists -> Responses.errorWithReservation(req, res,
                    new ApiError(ErrorCode.HOLD_EXISTS, "this admission holds seats already (reservation_id);"
                            + " confirm or cancel that hold first"), exists.reservationId().value());
            case HoldSeatsResult.SoldOut soldOut -> Responses.error(req, res,
                    new ApiError(ErrorCode.SOLD_OUT, "no seat of this event is available"));
            case HoldSeatsResult.SeatsUnavailable taken -> Responses.errorWithSeats(req, res,
                    new ApiError(ErrorCode.SEAT_UNAVAILABLE, "held or sold already: " + named(taken.seats())
                            + "; nothing was held"), taken.seats().stream().map(SeatId::value).toList());
        }
    }

    void read(ServerRequest req, ServerResponse res) {
        withReservation(req, res, (pass, id) -> answerRead(req, res,
                readReservation.read(new ReadReservationQuery(pass.eventId(), id, pass.holder()))));
    }

    private static void answerRead(ServerRequest req, ServerResponse res, ReadReservationResult result) {
        switch (result) {
            case ReadReservationResult.Found found -> Responses.json(res, Status.OK_200,
                    ReservationBody.of(found.reservation(), null));
            case ReadReservationResult.NotFound notFound -> Responses.error(req, res, reservationNotFound());
        }
    }

    void confirm(ServerRequest req, ServerResponse res) {
        withReservation(req, res, (pass, id) -> answerConfirm(req, res,
                confirmReservation.confirm(new ConfirmReservationCommand(pass.eventId(), id, pass.holder()))));
    }

    private static void answerConfirm(ServerRequest req, ServerResponse res, ConfirmReservationResult result) {
        switch (result) {
            case ConfirmReservationResult.Confirmed confirmed -> Responses.json(res, Status.OK_200,
                    ReservationBody.of(confirmed.reservation(), null));
            case ConfirmReservationResult.Expired expired -> Responses.error(req, res, reservationExpired());
            case ConfirmReservationResult.AlreadyCancelled cancelled -> Responses.error(req, res,
                    new ApiError(ErrorCode.RESERVATION_ALREADY_CANCELLED, "this reservation was cancelled; hold seats again"));
            case ConfirmReservationResult.WindowClosed closed -> Responses.error(req, res, windowClosed());
            case ConfirmReservationResult.NotFound notFound -> Responses.error(req, res, reservationNotFound());
        }
    }

    void cancel(ServerRequest req, ServerResponse res) {
        withReservation(req, res, (pass, id) -> answerCancel(req, res,
                cancelReservation.cancel(new CancelReservationCommand(pass.eventId(), id, pass.holder()))));
    }

    private static void answerCancel(ServerRequest req, ServerResponse res, CancelReservationResult result) {
        switch (result) {
            case CancelReservationResult.Cancelled cancelled -> Responses.json(res, Status.OK_200,
                    ReservationBody.of(cancelled.reservation(), null));
            case CancelReservationResult.AlreadyConfirmed confirmed -> Responses.error(req, res,
                    new ApiError(ErrorCode.RESERVATION_ALREADY_CONFIRMED, "this reservation is confirmed: its seats are sold"));
            case CancelReservationResult.Expired expired -> Responses.error(req, res, reservationExpired());
            case CancelReservationResult.NotFound notFound -> Responses.error(req, res, reservationNotFound());
        }
    }

    void seats(ServerRequest req, ServerResponse res) {
        Optional<EventId> eventId = EventId.parse(req.path().pathParameters().get("eventId"));
        if (eventId.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE));
            return;
        }
        Optional<SeatMapCache.Answer> answer = seatMap.seats(eventId.get());
        if (answer.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.EVENT_NOT_FOUND, "there is no event " + eventId.get()));
            return;
        }
        // the same for everyone, and as old as the gateway lets it be: a cache in front may keep it that long too
        long maxAge = seatMap.maxAge().toSeconds();
        res.headers().set(HeaderNames.CACHE_CONTROL, maxAge > 0 ? "public, max-age=" + maxAge : "no-cache");
        Responses.json(res, Status.OK_200, answer.get().json());
    }

    /**
     * The pass first (401 when it is not valid), then the id: text that cannot be one of our ids names no
     * reservation, and needs no store call to say so.
     */
    private void withReservation(ServerRequest req, ServerResponse res, BiConsumer<VerifiedPass, ReservationId> action) {
        Optional<VerifiedPass> pass = pass(req);
        if (pass.isEmpty()) {
            Responses.error(req, res, invalidPass());
            return;
        }
        Optional<ReservationId> id = ReservationId.parse(req.path().pathParameters().get("id"));
        if (id.isEmpty()) {
            Responses.error(req, res, reservationNotFound());
            return;
        }
        action.accept(pass.get(), id.get());
    }

    private Optional<VerifiedPass> pass(ServerRequest req) {
        return passes.verify(req.headers().all(HeaderNames.AUTHORIZATION, List::of));
    }

    /** The seats for a message: the first few, and how many more. */
    static String named(List<SeatId> seats) {
        List<String> shown = seats.stream().limit(SEATS_NAMED).map(SeatId::value).toList();
        String more = seats.size() > SEATS_NAMED ? " and " + (seats.size() - SEATS_NAMED) + " more" : "";
        return String.join(", ", shown) + more;
    }

    private static ApiError invalidPass() {
        return new ApiError(ErrorCode.INVALID_RESERVATION_TOKEN, "send the reservation_token of your admission as"
                + " Authorization: Bearer <token>; this one is missing, malformed, expired, or not signed by this waiting room");
    }

    private static ApiError windowClosed() {
        return new ApiError(ErrorCode.INVALID_RESERVATION_TOKEN,
                "the admission window of this token is closed: it ended, its holder left, or it was used by a purchase");
    }

    private static ApiError reservationNotFound() {
        return new ApiError(ErrorCode.RESERVATION_NOT_FOUND, "this token holds no such reservation");
    }

    private static ApiError reservationExpired() {
        return new ApiError(ErrorCode.RESERVATION_EXPIRED, "the hold ran out before this; its seats are available again");
    }
}
