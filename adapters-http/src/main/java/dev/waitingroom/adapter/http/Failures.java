package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.port.StoreUnavailableException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns every failure into the error envelope: exceptions thrown by a route, and the answers the web
 * server gives by itself before any route runs (malformed request, body over the limit, ...).
 * Stack traces go to the log, never to the client. A failure that every request meets (a store outage,
 * a bug on a hot path) is logged once per interval with a count, not once per request.
 */
final class Failures implements DirectHandler {

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    private final RepeatedFailureLog repeated =
            new RepeatedFailureLog(LOG, Clock.systemUTC(), RepeatedFailureLog.DEFAULT_INTERVAL);

    /** Error handler for anything a route throws. */
    void handle(ServerRequest req, ServerResponse res, Throwable failure) {
        switch (failure) {
            case StoreUnavailableException unavailable -> {
                repeated.log("store unavailable", Level.WARNING, () -> "store unavailable on " + req.prologue().method()
                        + " " + req.path().path() + " [trace " + Responses.traceIdOf(req).value() + "]: "
                        + unavailable.getMessage(), null);
                Responses.unavailable(req, res, new ApiError(ErrorCode.STORE_UNAVAILABLE,
                        "the store is unavailable; retry shortly"), unavailable.retryAfter());
            }
            case RequestRefusedException refused -> {
                if (refused.closesConnection()) {
                    res.headers().set(HeaderValues.CONNECTION_CLOSE);
                }
                Responses.error(req, res, refused.error());
            }
            case HttpException http when http.status().code() < 500 -> {
                ErrorCode code = ErrorCode.forServerStatus(http.status().code());
                Responses.error(req, res, new ApiError(code, describe(http.status())));
            }
            default -> {
                repeated.log(failure.getClass().getName(), Level.ERROR, () -> "unexpected failure on "
                        + req.prologue().method() + " " + req.path().path()
                        + " [trace " + Responses.traceIdOf(req).value() + "]", failure);
                Responses.error(req, res, new ApiError(ErrorCode.INTERNAL_ERROR, "an internal error occurred"));
            }
        }
    }

    @Override
    public TransportResponse handle(TransportRequest request,
                                    EventType eventType,
                                    Status status,
                                    ServerResponseHeaders responseHeaders,
                                    String message) {
        // the trace filter may have run already (failure while reading the body); keep its id
        TraceId traceId = responseHeaders.first(Responses.X_REQUEST_ID)
                .or(() -> headerOf(request))
                .map(id -> TraceId.from(Optional.of(id)))
                .orElseGet(TraceId::generate);
        Status answered = status;
        ApiError error = new ApiError(ErrorCode.forServerStatus(status.code()), describe(status));
        if (eventType == EventType.INTERNAL_ERROR && GuardedConnection.failedOnRequestLine()) {
            answered = Status.BAD_REQUEST_400;
            error = new ApiError(ErrorCode.INVALID_REQUEST, "malformed request line");
            LOG.log(Level.DEBUG, () -> "unparsable request line refused: " + message);
        } else if (error.code() == ErrorCode.INTERNAL_ERROR) {
            LOG.log(Level.ERROR, "server failure " + status.code() + " on " + request.method() + " " + request.path()
                    + " [trace " + traceId.value() + "]: " + message);
        }
        byte[] body = Responses.envelope(error, traceId, null);
        return TransportResponse.builder()
                .status(answered)
                .headers(responseHeaders)
                .header(Responses.X_REQUEST_ID, traceId.value())
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .header(HeaderValues.X_CONTENT_TYPE_OPTIONS_NOSNIFF)
                .entity(body)
                .build();
    }

    private static Optional<String> headerOf(TransportRequest request) {
        try {
            return request.headers().first(Responses.X_REQUEST_ID);
        } catch (RuntimeException unparsable) {
            return Optional.empty(); // the request was too broken to have headers
        }
    }

    /** Words for a refusal the server made by itself; the status's reason, never the internal detail. */
    private static String describe(Status status) {
        return switch (status.code()) {
            case 404 -> "no such route";
            case 405 -> "method not allowed on this route";
            case 413 -> "request body is larger than the server accepts";
            // Helidon 4.5.0 refuses HTTP/1.0 while parsing the request line, with no option to serve it
            case 505 -> "only HTTP/1.1 is served";
            default -> status.code() >= 500 ? "an internal error occurred" : "malformed request: " + status.reasonPhrase();
        };
    }
}
