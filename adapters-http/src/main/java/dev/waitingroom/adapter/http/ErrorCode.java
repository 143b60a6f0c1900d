package dev.waitingroom.adapter.http;

import io.helidon.http.Status;

/** Every error code the API answers with, and its HTTP status. */
enum ErrorCode {
    INVALID_REQUEST(Status.BAD_REQUEST_400),
    MISSING_EVENT_ID(Status.BAD_REQUEST_400),
    IDEMPOTENCY_REQUIRED(Status.BAD_REQUEST_400),
    INVALID_IDEMPOTENCY_KEY(Status.BAD_REQUEST_400),
    MISSING_TOKEN(Status.BAD_REQUEST_400),
    INVALID_SEAT(Status.BAD_REQUEST_400),
    TOO_MANY_SEATS(Status.BAD_REQUEST_400),
    INVALID_USER_ID(Status.BAD_REQUEST_400),
    INVALID_LIMIT(Status.BAD_REQUEST_400),
    INVALID_CURSOR(Status.BAD_REQUEST_400),
    INVALID_FLAG(Status.BAD_REQUEST_400),
    UNAUTHORIZED(Status.UNAUTHORIZED_401),
    INVALID_RESERVATION_TOKEN(Status.UNAUTHORIZED_401),
    NOT_READY(Status.FORBIDDEN_403),
    NOT_FOUND(Status.NOT_FOUND_404),
    EVENT_NOT_FOUND(Status.NOT_FOUND_404),
    TOKEN_NOT_FOUND(Status.NOT_FOUND_404),
    TOKEN_EXPIRED(Status.NOT_FOUND_404),
    RESERVATION_NOT_FOUND(Status.NOT_FOUND_404),
    FLAG_NOT_FOUND(Status.NOT_FOUND_404),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED_405),
    REQUEST_TIMEOUT(Status.REQUEST_TIMEOUT_408),
    DUPLICATE_REQUEST(Status.CONFLICT_409),
    IDEMPOTENCY_CONFLICT(Status.CONFLICT_409),
    SEAT_UNAVAILABLE(Status.CONFLICT_409),
    SOLD_OUT(Status.CONFLICT_409),
    HOLD_EXISTS(Status.CONFLICT_409),
    RESERVATION_EXPIRED(Status.CONFLICT_409),
    RESERVATION_ALREADY_CANCELLED(Status.CONFLICT_409),
    RESERVATION_ALREADY_CONFIRMED(Status.CONFLICT_409),
    SEAT_IN_USE(Status.CONFLICT_409),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE_413),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE_415),
    USER_LIMIT_REACHED(Status.TOO_MANY_REQUESTS_429),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR_500),
    STORE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE_503),
    STORE_DATA_LOST(Status.SERVICE_UNAVAILABLE_503),
    TOO_MANY_CONNECTIONS(Status.SERVICE_UNAVAILABLE_503),
    HTTP_VERSION_NOT_SUPPORTED(Status.HTTP_VERSION_NOT_SUPPORTED_505);

    private final Status status;

    ErrorCode(Status status) {
        this.status = status;
    }

    Status status() {
        return status;
    }

    /** The generic code for a status the web server produced by itself (bad framing, too large, ...). */
    static ErrorCode forServerStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> STORE_UNAVAILABLE;
            case 505 -> HTTP_VERSION_NOT_SUPPORTED;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
