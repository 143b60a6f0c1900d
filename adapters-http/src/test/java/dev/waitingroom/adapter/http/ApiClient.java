package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A plain JDK HTTP client against a running server, as any client would talk to it. */
final class ApiClient {

    static final String ADMIN_TOKEN = "test-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    }

    Reply join(String idempotencyKey, String body) {
        HttpRequest.Builder request = request("/api/v1/queue/join")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Reply join(String eventId, String userId, String idempotencyKey) {
        String user = userId == null ? "" : ",\"user_id\":\"" + userId + "\"";
        return join(idempotencyKey, "{\"event_id\":\"" + eventId + "\"" + user + "}");
    }

    Reply join(String eventId) {
        return join(eventId, null, UUID.randomUUID().toString());
    }

    Reply status(String token) {
        return send(request("/api/v1/queue/status?token=" + token).GET());
    }

    Reply leave(String token) {
        return send(request("/api/v1/queue/leave?token=" + token).DELETE());
    }

    Reply enter(String body) {
        return send(request("/api/v1/queue/enter")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply configure(String eventId, String body) {
        return send(request("/api/v1/admin/events/" + eventId)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply stats(String eventId) {
        return send(request("/api/v1/admin/events/" + eventId + "/stats")
                .header("Authorization", "Bearer " + ADMIN_TOKEN).GET());
    }

    /** @param pass the reservation token, sent as the bearer token; null sends no Authorization header */
    Reply hold(String pass, String body) {
        return send(withPass(request("/api/v1/reservations"), pass)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply hold(String pass, String eventId, String... seats) {
        String list = seats.length == 0 ? "" : "\"" + String.join("\",\"", seats) + "\"";
        return hold(pass, "{\"event_id\":\"" + eventId + "\",\"seat_ids\":[" + list + "]}");
    }

    Reply reservation(String pass, String reservationId) {
        return send(withPass(request("/api/v1/reservations/" + reservationId), pass).GET());
    }

    Reply confirm(String pass, String reservationId) {
        return send(withPass(request("/api/v1/reservations/" + reservationId + "/confirm"), pass)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply cancel(String pass, String reservationId) {
        return send(withPass(request("/api/v1/reservations/" + reservationId + "/cancel"), pass)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply event(String eventId) {
        return get("/api/v1/events/" + eventId);
    }

    Reply seats(String eventId) {
        return get("/api/v1/events/" + eventId + "/seats");
    }

    private static HttpRequest.Builder withPass(HttpRequest.Builder request, String pass) {
        return pass == null ? request : request.header("Authorization", "Bearer " + pass);
    }

    /** @param query what follows the {@code ?}, as the client sends it */
    Reply userLog(String eventId, String query) {
        return send(request("/api/v1/admin/events/" + eventId + "/log?" + query)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).GET());
    }

    /** @param query what follows the {@code ?}, as the client sends it */
    Reply history(String query) {
        return get("/api/v1/queue/history?" + query);
    }

    Reply flags() {
        return send(request("/api/v1/admin/flags").header("Authorization", "Bearer " + ADMIN_TOKEN).GET());
    }

    Reply changeFlag(String name, String body) {
        return send(request("/api/v1/admin/flags/" + name)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }
}
