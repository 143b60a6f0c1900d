package dev.waitingroom.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of one running gateway, as a load balancer's clients would use it. */
final class GatewayClient {

    /** How long one request may take before the test calls it a hang. */
    static final Duration HANG = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request and its answer.
     *
     * @param status 0 when no answer came (connection refused, reset, timed out)
     * @param code   the error code of a refusal, or empty
     * @param token  the waiting token of a 202 or of a 409 DUPLICATE_REQUEST, or empty
     */
    record Answer(int status, String code, String token, long startedNanos, long tookNanos) {

        boolean acknowledged() {
            return status == 202 || (status == 409 && code.equals("DUPLICATE_REQUEST"));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final int port;
    private final String adminToken;

    GatewayClient(int port, String adminToken) {
        this.port = port;
        this.adminToken = adminToken;
    }

    Answer configure(String eventId, String settingsJson) {
        return send(request("/api/v1/admin/events/" + eventId)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settingsJson)));
    }

    Answer join(String eventId, String userId, String key) {
        return send(request("/api/v1/queue/join")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"" + eventId + "\",\"user_id\":\"" + userId + "\"}")));
    }

    /** The status body of a waiting token; a non-200 answer gives a body with only {@code status_code}. */
    JsonNode status(String token) {
        return body(request("/api/v1/queue/status?token=" + token).GET());
    }

    JsonNode stats(String eventId) {
        return body(request("/api/v1/admin/events/" + eventId + "/stats").header("Authorization", "Bearer " + adminToken).GET());
    }

    /** The reservation token of an admitted entry, or empty when entering was refused. */
    String enter(String token) {
        return body(request("/api/v1/queue/enter").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"waiting_token\":\"" + token + "\"}")))
                .path("reservation_token").asText("");
    }

    /**
     * A request with the pass as its bearer token, and the whole answer (headers too).
     *
     * @param body the JSON body, or null for none
     */
    HttpResponse<String> withPass(String method, String pathAndQuery, String pass, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = request(pathAndQuery).header("Authorization", "Bearer " + pass);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The history of a waiting token's person; a non-200 answer gives a body with only {@code status_code} and {@code code}. */
    JsonNode history(String token) {
        return body(request("/api/v1/queue/history?token=" + token).GET());
    }

    JsonNode userLog(String eventId, String userId) {
        return body(request("/api/v1/admin/events/" + eventId + "/log?user_id=" + userId)
                .header("Authorization", "Bearer " + adminToken).GET());
    }

    JsonNode flags() {
        return body(request("/api/v1/admin/flags").header("Authorization", "Bearer " + adminToken).GET());
    }

    JsonNode changeFlag(String name, String bodyJson) {
        return body(request("/api/v1/admin/flags/" + name)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(bodyJson)));
    }

    int ready() {
        return send(request("/readyz").GET()).status();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(HANG);
    }

    private Answer send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            return new Answer(response.statusCode(), body.path("error").path("code").asText(""),
                    body.path("waiting_token").asText(""), started, System.nanoTime() - started);
        } catch (IOException noAnswer) {
            return new Answer(0, noAnswer.getClass().getSimpleName(), "", started, System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", "", started, System.nanoTime() - started);
        }
    }

    private JsonNode body(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            if (response.statusCode() != 200) {
                return JSON.createObjectNode().put("status_code", response.statusCode()).put("code", body.path("error").path("code").asText(""));
            }
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("the gateway did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
