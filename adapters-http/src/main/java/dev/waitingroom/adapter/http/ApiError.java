package dev.waitingroom.adapter.http;

import java.util.Objects;

/** A refusal to send back: its code and words a person can act on. */
record ApiError(ErrorCode code, String message) {

    ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
