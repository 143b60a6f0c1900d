package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.List;

/** Writes JSON answers and the error envelope {@code {"error":{"code","message","trace_id"}}}. */
final class Responses {

    static final HeaderName X_REQUEST_ID = HeaderNames.create("X-Request-ID");
    static final HeaderName RETRY_AFTER = HeaderNames.create("Retry-After");
    /** For a 503 that knows no better time: the store, or a connection slot, may well be free in a second. */
    static final String DEFAULT_RETRY_AFTER_SECONDS = "1";

    record ErrorBody(String code, String message, String traceId) {
    }

    /**
     * The error, and beside it what the client needs to act on it, only on the errors that have it:
     * {@code waiting_token} on a duplicate join (so a retrying client keeps its place), {@code unavailable_seats}
     * on a hold refused for taken seats, {@code reservation_id} on a hold refused for the one already open.
     */
    record ErrorEnvelope(ErrorBody error,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String waitingToken,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<String> unavailableSeats,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String reservationId) {
    }

    private Responses() {
    }

    static void json(ServerResponse res, Status status, Object body) {
        json(res, status, Json.write(body));
    }

    static void json(ServerResponse res, Status status, byte[] encodedBody) {
        res.status(status);
        res.headers().set(HeaderValues.CONTENT_TYPE_JSON);
        res.send(encodedBody);
    }

    static void error(ServerRequest req, ServerResponse res, ApiError error) {
        error(req, res, error, null);
    }

    /** A 503 that tells the client when asking again may succeed (whole seconds, rounded up, at least one). */
    static void unavailable(ServerRequest req, ServerResponse res, ApiError error, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        res.headers().set(RETRY_AFTER, Long.toString(seconds));
        error(req, res, error, null);
    }

    static void error(ServerRequest req, ServerResponse res, ApiError error, String waitingToken) {
        send(req, res, error, waitingToken, null, null);
    }

    /** A hold refused because seats are taken: the body names them in {@code unavailable_seats}. */
    static void errorWithSeats(ServerRequest req, ServerResponse res, ApiError error, List<String> unavailableSeats) {
        send(req, res, error, null, List.copyOf(unavailableSeats), null);
    }

    /** A hold refused because one is open already: the body names it in {@code reservation_id}. */
    static void errorWithReservation(ServerRequest req, ServerResponse res, ApiError error, String reservationId) {
        send(req, res, error, null, null, reservationId);
    }

    private static void send(ServerRequest req, ServerResponse res, ApiError error, String waitingToken,
                             List<String> unavailableSeats, String reservationId) {
        TraceId traceId = traceIdOf(req);
        res.headers().set(X_REQUEST_ID, traceId.value());
        if (error.code().status().code() == 503 && !res.headers().contains(RETRY_AFTER)) {
            res.headers().set(RETRY_AFTER, DEFAULT_RETRY_AFTER_SECONDS);
        }
        if (error.code().status().code() == 401) {
            res.headers().set(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        json(res, error.code().status(), Json.write(new ErrorEnvelope(body(error, traceId), waitingToken,
                unavailableSeats, reservationId)));
    }

    static byte[] envelope(ApiError error, TraceId traceId, String waitingToken) {
        return Json.write(new ErrorEnvelope(body(error, traceId), waitingToken, null, null));
    }

    private static ErrorBody body(ApiError error, TraceId traceId) {
        return new ErrorBody(error.code().name(), error.message(), traceId.value());
    }

    /** The id the trace filter chose; a request that failed before the filter gets one from its header. */
    static TraceId traceIdOf(ServerRequest req) {
        return req.context().get(TraceId.class).orElseGet(() -> TraceId.from(req.headers().first(X_REQUEST_ID)));
    }
}
