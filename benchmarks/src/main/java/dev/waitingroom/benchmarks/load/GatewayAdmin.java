package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Opens events through the gateway's own admin API, so every event is stored exactly as production stores it. */
final class GatewayAdmin {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String adminToken;

    GatewayAdmin(int port, String adminToken) {
        this.base = URI.create("http://127.0.0.1:" + port + "/api/v1/admin/events/");
        this.adminToken = adminToken;
    }

    /** Only the per-user limit, which every gateway since the first takes: the join phases also run older jars. */
    void openEvent(String eventId, int maxEntriesPerUser) throws IOException, InterruptedException {
        configure(eventId, "{\"max_entries_per_user\": " + maxEntriesPerUser + "}");
    }

    /** {@code PUT /api/v1/admin/events/{id}} with a JSON body of settings; an update keeps what it does not name. */
    void configure(String eventId, String settingsJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(eventId))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settingsJson))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("could not configure event " + eventId + " with " + settingsJson + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    /** The body of {@code GET /api/v1/admin/events/{id}/stats}: waiting, admitted_total, dropped_total, ... */
    String stats(String eventId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(eventId + "/stats"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + adminToken)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no stats of event " + eventId + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
