package dev.waitingroom.failover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The waiting room's HTTP API as the crowd, the probes and the audit use it. Every answer is kept, so that the run
 * can tell afterwards whether any was a 500 or never came. A request that outlasts the store's timeout by 2 s is
 * a hang: the gateway should have answered 503 by then.
 */
final class Calls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> gateways;
    private final String adminToken;
    private final Duration patience;
    private final HttpClient http;
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    Calls(List<URI> gateways, String adminToken, Duration redisTimeout) {
        this.gateways = List.copyOf(gateways);
        this.adminToken = adminToken;
        this.patience = redisTimeout.plusSeconds(2);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(patience).build();
    }

    int anyGateway() {
        return ThreadLocalRandom.current().nextInt(gateways.size());
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    Answer join(int gateway, String route, String event, String user, String key) {
        String body = json(Map.of("event_id", event, "user_id", user));
        return send(route, gateway, "/api/v1/queue/join", request -> request.header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    Answer status(int gateway, String route, String token) {
        return send(route, gateway, "/api/v1/queue/status?token=" + encoded(token), HttpRequest.Builder::GET);
    }

    Answer enter(int gateway, String token) {
        String body = json(Map.of("waiting_token", token));
        return send("enter", gateway, "/api/v1/queue/enter", request -> request
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    Answer seats(int gateway, String route, String event) {
        return send(route, gateway, "/api/v1/events/" + event + "/seats", HttpRequest.Builder::GET);
    }

    Answer hold(int gateway, String pass, String event, List<String> seats) {
        String body = json(Map.of("event_id", event, "seat_ids", seats));
        return send("hold", gateway, "/api/v1/reservations", request -> request.header("Authorization", "Bearer " + pass)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    Answer reservation(int gateway, String route, String pass, String reservation) {
        return send(route, gateway, "/api/v1/reservations/" + encoded(reservation),
                request -> request.header("Authorization", "Bearer " + pass).GET());
    }

    /** {@code confirm} or {@code cancel}. */
    Answer settle(int gateway, String pass, String reservation, String how) {
        return send(how, gateway, "/api/v1/reservations/" + encoded(reservation) + "/" + how,
                request -> request.header("Authorization", "Bearer " + pass).POST(BodyPublishers.noBody()));
    }

    Answer openEvent(int gateway, String event, Map<String, Object> settings) {
        return send("open-event", gateway, "/api/v1/admin/events/" + event, request -> request
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json(settings))));
    }

    Answer stats(int gateway, String event) {
        return send("audit-stats", gateway, "/api/v1/admin/events/" + event + "/stats",
                request -> request.header("Authorization", "Bearer " + adminToken).GET());
    }

    private Answer send(String route, int gateway, String pathAndQuery, UnaryOperator<HttpRequest.Builder> shape) {
        HttpRequest request = shape.apply(HttpRequest.newBuilder(gateways.get(gateway).resolve(pathAndQuery))
                .timeout(patience)).build();
        long start = System.nanoTime();
        Answer answer;
        try {
            var response = http.send(request, BodyHandlers.ofString());
            answer = new Answer(route, gateway, response.statusCode(), sinceMillis(start),
                    response.headers().firstValue("Retry-After").isPresent(), parsed(response.body()));
        } catch (HttpTimeoutException e) {
            answer = new Answer(route, gateway, Answer.HANG, sinceMillis(start), false, MissingNode.getInstance());
        } catch (IOException e) {
            answer = new Answer(route, gateway, Answer.NO_CONNECTION, sinceMillis(start), false,
                    MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
        answers.add(answer);
        return answer;
    }

    private static long sinceMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + fields, e);
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
