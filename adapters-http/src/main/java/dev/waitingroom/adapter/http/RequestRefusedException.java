package dev.waitingroom.adapter.http;

import java.util.Objects;

/**
 * A refusal found where the route cannot answer by itself, while its body is read: the error handler
 * answers it. No stack trace: it is an answer, not a failure.
 */
final class RequestRefusedException extends RuntimeException {

    private final ApiError error;
    private final boolean closesConnection;

    /**
     * @param closesConnection whether the rest of the request stream cannot be trusted (broken framing),
     *                         so the answer must end the connection
     */
    RequestRefusedException(ApiError error, boolean closesConnection) {
        super(error.message(), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.closesConnection = closesConnection;
    }

    ApiError error() {
        return error;
    }

    boolean closesConnection() {
        return closesConnection;
    }
}
