package dev.waitingroom.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The waiting room's public and admin API, spoken over real HTTP. Each request goes to the next
 * gateway in turn, so that with several gateways consecutive requests never share one.
 */
final class WaitingRoomClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    // generous: a crowd of joins on two shared cores may queue, but a hang must still end the scenario
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<URI> gateways;
    private final String adminToken;
    private final HttpClient http;
    private final AtomicLong requests = new AtomicLong();

    WaitingRoomClient(List<URI> gateways, String adminToken) {
        this.gateways = List.copyOf(gateways);
        this.adminToken = adminToken;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PATIENCE)
                .build();
    }

    int gateways() {
        return gateways.size();
    }

    Reply join(String eventId, String userId, String requestKey) {
        return join(eventId, userId, requestKey, nextGateway());
    }

    /** A join sent through one chosen gateway. */
    Reply join(String eventId, String userId, String requestKey, int gateway) {
        String body = json(Map.<String, Object>of("event_id", eventId, "user_id", userId));
        return send(gateway, "/api/v1/queue/join", request -> request.header("Idempotency-Key", requestKey)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    /** A join with the body exactly as given; no {@code Idempotency-Key} header when the key is null. */
    Reply joinWith(String body, String requestKey) {
        return send(nextGateway(), "/api/v1/queue/join", request -> {
            if (requestKey != null) {
                request.header("Idempotency-Key", requestKey);
            }
            return request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
        });
    }

    Reply status(String waitingToken) {
        return status(waitingToken, nextGateway());
    }

    /** The status as one chosen gateway reports it. */
    Reply status(String waitingToken, int gateway) {
        return send(gateway, "/api/v1/queue/status?token=" + encoded(waitingToken), HttpRequest.Builder::GET);
    }

    Reply statusWithoutToken() {
        return send(nextGateway(), "/api/v1/queue/status", HttpRequest.Builder::GET);
    }

    Reply leave(String waitingToken) {
        return send(nextGateway(), "/api/v1/queue/leave?token=" + encoded(waitingToken), HttpRequest.Builder::DELETE);
    }

    /** A leave sent through one chosen gateway. */
    Reply leave(String waitingToken, int gateway) {
        return send(gateway, "/api/v1/queue/leave?token=" + encoded(waitingToken), HttpRequest.Builder::DELETE);
    }

    Reply leaveWithoutToken() {
        return send(nextGateway(), "/api/v1/queue/leave", HttpRequest.Builder::DELETE);
    }

    /** Trades the waiting token of someone let in for an entry pass. */
    Reply enter(String waitingToken) {
        return enterWith(json(Map.<String, Object>of("waiting_token", waitingToken)));
    }

    /** An enter with the body exactly as given; no body at all (and no Content-Type) when it is null. */
    Reply enterWith(String body) {
        return send(nextGateway(), "/api/v1/queue/enter", request -> body == null
                ? request.POST(BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    /** The event's seats with their states, as the page shows them: no pass needed. */
    Reply seatMap(String eventId) {
        return seatMap(eventId, nextGateway());
    }

    /** The seat map as one chosen gateway reports it. */
    Reply seatMap(String eventId, int gateway) {
        return send(gateway, "/api/v1/events/" + eventId + "/seats", HttpRequest.Builder::GET);
    }

    /** Holds seats of an event with an entry pass; no pass at all when {@code entryPass} is null. */
    Reply hold(String entryPass, String eventId, List<String> seatIds) {
        return holdWith(entryPass, json(Map.<String, Object>of("event_id", eventId, "seat_ids", seatIds)));
    }

    /** A hold with the body exactly as given. */
    Reply holdWith(String entryPass, String body) {
        return send(nextGateway(), "/api/v1/reservations", request -> withPass(request, entryPass)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    Reply reservation(String entryPass, String reservationId) {
        return reservation(entryPass, reservationId, nextGateway());
    }

    /** A reservation as one chosen gateway reports it. */
    Reply reservation(String entryPass, String reservationId, int gateway) {
        return send(gateway, "/api/v1/reservations/" + encoded(reservationId), request -> withPass(request, entryPass).GET());
    }

    Reply confirm(String entryPass, String reservationId) {
        return send(nextGateway(), "/api/v1/reservations/" + encoded(reservationId) + "/confirm",
                request -> withPass(request, entryPass).POST(BodyPublishers.noBody()));
    }

    Reply cancel(String entryPass, String reservationId) {
        return send(nextGateway(), "/api/v1/reservations/" + encoded(reservationId) + "/cancel",
                request -> withPass(request, entryPass).POST(BodyPublishers.noBody()));
    }

    /** The public keys that verify entry passes. */
    Reply entryPassKeys() {
        return send(nextGateway(), "/.well-known/jwks.json", HttpRequest.Builder::GET);
    }

    /** What one chosen gateway reports about itself, in the Prometheus text format. */
    Reply metrics(int gateway) {
        return send(gateway, "/metrics", HttpRequest.Builder::GET);
    }

    /** Creates or updates an event; {@code settings} holds only what the scenario cares about. */
    Reply configureEvent(String eventId, Map<String, Object> settings) {
        return send(nextGateway(), "/api/v1/admin/events/" + eventId, request -> asAdmin(request)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json(settings))));
    }

    Reply stats(String eventId) {
        return stats(eventId, nextGateway());
    }

    /** The event's counters as one chosen gateway reports them. */
    Reply stats(String eventId, int gateway) {
        return send(gateway, "/api/v1/admin/events/" + eventId + "/stats", request -> asAdmin(request).GET());
    }

    /**
     * One page of a person's log in an event, as the operator reads it. The query is sent as given
     * (see {@link #query}), so that a feature can also ask with a malformed one.
     */
    Reply personLog(String eventId, String query) {
        return send(nextGateway(), "/api/v1/admin/events/" + encoded(eventId) + "/log" + query,
                request -> asAdmin(request).GET());
    }

    /** One page of the history of a waiting token's holder, as that person reads it; the query as given. */
    Reply history(String query) {
        return send(nextGateway(), "/api/v1/queue/history" + query, HttpRequest.Builder::GET);
    }

    /** The feature flags as one chosen gateway lists them. */
    Reply flags(int gateway) {
        return send(gateway, "/api/v1/admin/flags", request -> asAdmin(request).GET());
    }

    /** Changes a feature flag through one chosen gateway; the body exactly as given. */
    Reply changeFlag(String name, String body, int gateway) {
        return send(gateway, "/api/v1/admin/flags/" + encoded(name), request -> asAdmin(request)
                .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(body)));
    }

    /** Changes a feature flag through the next gateway. */
    Reply changeFlag(String name, String body) {
        return changeFlag(name, body, nextGateway());
    }

    /**
     * A query string from names and values, in pairs; a pair whose value is null is left out, and the
     * whole query is empty when every value is.
     */
    static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                query.append(query.isEmpty() ? '?' : '&').append(namesAndValues[i]).append('=')
                        .append(encoded(namesAndValues[i + 1]));
            }
        }
        return query.toString();
    }

    /** A JSON body with these fields, in this order. */
    static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + fields, e);
        }
    }

    private static HttpRequest.Builder withPass(HttpRequest.Builder request, String entryPass) {
        return entryPass == null ? request : request.header("Authorization", "Bearer " + entryPass);
    }

    private HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + adminToken);
    }

    private int nextGateway() {
        return (int) (requests.getAndIncrement() % gateways.size());
    }

    private Reply send(int gateway, String pathAndQuery, UnaryOperator<HttpRequest.Builder> shape) {
        HttpRequest request = shape.apply(HttpRequest.newBuilder(gateways.get(gateway).resolve(pathAndQuery))
                .timeout(PATIENCE)).build();
        try {
            var response = http.send(request, BodyHandlers.ofString());
            return new Reply(gateway, response.statusCode(), parsed(response.body()), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    private static JsonNode parsed(String text) {
        try {
            return text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
