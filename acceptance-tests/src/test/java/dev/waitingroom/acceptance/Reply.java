package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one gateway answered to one request.
 *
 * @param gateway which gateway answered (0-based), so that a run with several can tell them apart
 * @param status  the HTTP status
 * @param body    the JSON body, or a missing node when the body was not JSON
 * @param text    the body as sent, for failure messages
 */
record Reply(int gateway, int status, JsonNode body, String text) {

    boolean accepted() {
        return status == 202;
    }

    /** The waiting token of an accepted join, or of the original join a refused duplicate points to. */
    String waitingToken() {
        JsonNode token = body.path("waiting_token");
        assertThat(token.isTextual()).as("a waiting token in %s", this).isTrue();
        return token.asText();
    }

    /** The place given by an accepted join. */
    long placeGiven() {
        assertThat(status).as("an accepted join, got %s", this).isEqualTo(202);
        return wholeNumber("position_hint");
    }

    /** The place read back by a status check. */
    long placeShown() {
        assertThat(status).as("a place, got %s", this).isEqualTo(200);
        return wholeNumber("position");
    }

    /** A status check that found the person let in: ready to enter, at place 0. */
    boolean ready() {
        return status == 200 && body.path("status").asText().equals("ready");
    }

    /** A status check that found the person still waiting in the queue. */
    boolean waiting() {
        return status == 200 && body.path("status").asText().equals("waiting");
    }

    /** The estimate of the wait in whole seconds a status check gave, or null when it gave none. */
    Long estimate() {
        assertThat(status).as("a status, got %s", this).isEqualTo(200);
        JsonNode eta = body.path("eta_sec");
        assertThat(eta.isNull() || eta.canConvertToExactIntegral())
                .as("an estimate in whole seconds, or none, in %s", this).isTrue();
        return eta.isNull() ? null : eta.asLong();
    }

    /** The message of a refusal, for people. */
    String refusalMessage() {
        return body.path("error").path("message").asText();
    }

    void assertRefusedBecause(Refusal refusal) {
        assertThat(status).as("refused because %s: %s", refusal, this).isEqualTo(refusal.status());
        JsonNode error = body.path("error");
        assertThat(error.path("code").asText()).as("error code of %s", this).isEqualTo(refusal.code());
        assertThat(error.path("message").asText()).as("a message for people in %s", this).isNotBlank();
        assertThat(error.path("trace_id").asText()).as("a trace id in %s", this).isNotBlank();
    }

    private long wholeNumber(String field) {
        JsonNode value = body.path(field);
        assertThat(value.canConvertToExactIntegral()).as("a whole number %s in %s", field, this).isTrue();
        return value.asLong();
    }

    @Override
    public String toString() {
        return "gateway " + gateway + " answered " + status + " " + text;
    }
}
