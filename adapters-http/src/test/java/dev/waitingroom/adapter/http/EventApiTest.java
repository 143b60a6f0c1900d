package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/events/{event_id}}: what the page shows of an event, public and never cached stale. */
class EventApiTest {

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.inMemoryUseCases());
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anEventShowsItsTextsVerbatimItsPauseAndItsHoldLimitAndNothingElse() {
        api.configure("festival", "{\"display_name\":\"Summer <b>Festival</b>\",\"message\":\"Doors at 18:00.\\n"
                + "<script>alert(1)</script> & \\\"more\\\"\",\"paused\":false,\"max_seats_per_hold\":3,\"max_active\":7}");

        Reply reply = api.event("festival");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        JsonNode event = reply.json();
        assertThat(fieldNames(event)).containsExactly("event_id", "display_name", "message", "paused", "max_seats_per_hold");
        assertThat(event.path("event_id").asText()).isEqualTo("festival");
        assertThat(event.path("display_name").asText()).isEqualTo("Summer <b>Festival</b>");
        assertThat(event.path("message").asText()).isEqualTo("Doors at 18:00.\n<script>alert(1)</script> & \"more\"");
        assertThat(event.path("paused").isBoolean()).isTrue();
        assertThat(event.path("paused").asBoolean()).isFalse();
        assertThat(event.path("max_seats_per_hold").asInt()).isEqualTo(3);
    }

    @Test
    void textsNotSetAreEmptyStringsAndAChangeShowsAtOnce() {
        api.configure("festival", "{}");

        JsonNode fresh = api.event("festival").json();
        api.configure("festival", "{\"display_name\":\"Opera\",\"paused\":false}");
        JsonNode changed = api.event("festival").json();

        assertThat(fresh.path("display_name").isTextual()).isTrue();
        assertThat(fresh.path("display_name").asText()).isEmpty();
        assertThat(fresh.path("message").isTextual()).isTrue();
        assertThat(fresh.path("message").asText()).isEmpty();
        assertThat(fresh.path("paused").asBoolean()).as("a new event starts paused").isTrue();
        assertThat(fresh.path("max_seats_per_hold").asInt()).isEqualTo(8);
        assertThat(changed.path("display_name").asText()).isEqualTo("Opera");
        assertThat(changed.path("paused").asBoolean()).isFalse();
    }

    @Test
    void anUnknownEventIsNotFound() {
        Reply reply = api.event("nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aMalformedEventIdIs400() {
        for (String bad : new String[] {"bad~id", "e".repeat(65), "%20"}) {
            Reply reply = api.event(bad);

            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.errorCode()).as(bad).isEqualTo("INVALID_REQUEST");
            assertThat(reply.json().path("error").path("message").asText()).as(bad).contains("event_id");
        }
    }

    @Test
    void onlyGetIsAllowedAndTheSeatMapBesideItStillAnswers() {
        api.configure("festival", "{\"seats\":[\"A1\"]}");

        Reply post = api.send(api.request("/api/v1/events/festival").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
        assertThat(api.seats("festival").json().path("available").asLong()).isEqualTo(1);
    }

    @Test
    void aStoreThatIsDownIs503WithRetryAfter() {
        WaitingRoomHttpServer down = TestServers.start(TestServers.unavailableUseCases(Duration.ofSeconds(2)));
        try {
            Reply reply = new ApiClient(down.port()).event("festival");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.errorCode()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(reply.header("Retry-After")).isEqualTo("2");
        } finally {
            down.stop();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
