package dev.waitingroom.failover;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one gateway answered to one request, or that it did not answer in time.
 *
 * @param route      what was asked (join, status, hold...), for the tally
 * @param gateway    which gateway (0-based)
 * @param code       the HTTP status; {@link #HANG} when no answer came within the client's timeout,
 *                   {@link #NO_CONNECTION} when the request could not be sent at all
 * @param millis     from sending to the answer (or to giving up)
 * @param retryAfter whether the answer carried a {@code Retry-After} header
 * @param body       the JSON body (a missing node when there was none)
 */
record Answer(String route, int gateway, int code, long millis, boolean retryAfter, JsonNode body) {

    static final int HANG = -1;
    static final int NO_CONNECTION = -2;

    boolean is(int status) {
        return code == status;
    }

    /** The {@code error.code} of a refusal, or "" for a success. */
    String errorCode() {
        return body.path("error").path("code").asText("");
    }

    String text(String field) {
        return body.path(field).asText(null);
    }

    boolean unavailable() {
        return code == 503;
    }

    /** How the tally names this answer: the status and error code, or what went wrong on the wire. */
    String label() {
        return switch (code) {
            case HANG -> "hang";
            case NO_CONNECTION -> "no-connection";
            default -> errorCode().isEmpty() ? String.valueOf(code) : code + " " + errorCode();
        };
    }
}
