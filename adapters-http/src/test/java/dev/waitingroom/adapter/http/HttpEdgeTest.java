package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.adapter.http.RawHttp.Answer;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server does with requests that are malformed, or well-formed but not what it serves. */
class HttpEdgeTest {

    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(5);
    private static final String JOIN_BODY = "{\"event_id\":\"concert\"}";

    private WaitingRoomHttpServer server;

    @BeforeEach
    void start() {
        server = new WaitingRoomHttpServer(TestServers.inMemoryUseCases(),
                TestServers.settings(HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.of(ApiClient.ADMIN_TOKEN))).start();
        new ApiClient(server.port()).configure("concert", "{}");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void bothFramingHeadersAreRefusedAndTheConnectionClosed() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(joinHead("both") + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
                    + "0\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).as("closed after refusing the framing").isTrue();
        }
    }

    @Test
    void aNegativeContentLengthIsRefusedAndTheConnectionClosed() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(joinHead("negative") + "Content-Length: -5\r\n\r\n" + JOIN_BODY).readAnswer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
    }

    @Test
    void connectionCloseClosesTheConnectionAfterTheAnswer() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).as("closed after the answer").isTrue();
        }
    }

    @Test
    void withoutConnectionCloseTheConnectionIsKeptForTheNextRequest() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status()).isEqualTo(200);
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status()).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerTellsBrowsersNotToSniffTheContentType() {
        ApiClient api = new ApiClient(server.port());
        String malformed = "POST /api/v1/queue/join HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n";

        assertThat(api.get("/healthz").header("X-Content-Type-Options")).as("a success").isEqualTo("nosniff");
        assertThat(api.get("/openapi.yaml").header("X-Content-Type-Options")).as("the contract").isEqualTo("nosniff");
        assertThat(api.get("/nothing").header("X-Content-Type-Options")).as("a routed refusal").isEqualTo("nosniff");
        assertThat(api.join(null, JOIN_BODY).header("X-Content-Type-Options")).as("a refused join").isEqualTo("nosniff");
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.send(malformed).readAnswer().header("X-Content-Type-Options"))
                    .as("the server's own refusal of malformed HTTP").isEqualTo("nosniff");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1",
            "application/jsonp", "application/json-patch+json"})
    void aJoinBodyThatIsNotDeclaredJsonIs415(String contentType) {
        ApiClient api = new ApiClient(server.port());

        Reply reply = api.send(api.request("/api/v1/queue/join").header("Idempotency-Key", "k")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(JOIN_BODY)));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(reply.json().path("error").path("message").asText()).contains("application/json");
        assertThat(api.stats("concert").json().path("joined_total").asLong()).as("nothing joined").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;Charset=\"UTF-8\""})
    void aJoinBodyDeclaredJsonIsServed(String contentType) {
        ApiClient api = new ApiClient(server.port());

        Reply reply = api.send(api.request("/api/v1/queue/join").header("Idempotency-Key", "k")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(JOIN_BODY)));

        assertThat(reply.status()).isEqualTo(202);
    }

    @Test
    void aBodyWithoutContentTypeIs415OnBothBodyRoutes() {
        ApiClient api = new ApiClient(server.port());

        Reply join = api.send(api.request("/api/v1/queue/join").header("Idempotency-Key", "k")
                .POST(HttpRequest.BodyPublishers.ofString(JOIN_BODY)));
        Reply configure = api.send(api.request("/api/v1/admin/events/concert")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"max_entries_per_user\":2}")));

        assertThat(join.status()).isEqualTo(415);
        assertThat(join.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(configure.status()).isEqualTo(415);
        assertThat(configure.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anEventConfiguredWithAnEmptyBodyNeedsNoContentType() {
        ApiClient api = new ApiClient(server.port());

        Reply reply = api.send(api.request("/api/v1/admin/events/other")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN).PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void anEventConfiguredWithAJsonBodyOfAnotherTypeIs415() {
        ApiClient api = new ApiClient(server.port());

        Reply reply = api.send(api.request("/api/v1/admin/events/concert")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"max_entries_per_user\":2}")));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(api.configure("concert", "{}").json().path("max_entries_per_user").asInt()).as("unchanged").isEqualTo(5);
    }

    @Test
    void http10IsRefusedWithItsOwnCode() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send("GET /healthz HTTP/1.0\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(505);
            assertThat(answer.errorCode()).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
            assertThat(answer.json().path("error").path("message").asText()).contains("HTTP/1.1");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
    }

    private static String joinHead(String idempotencyKey) {
        return "POST /api/v1/queue/join HTTP/1.1\r\nHost: x\r\nIdempotency-Key: " + idempotencyKey
                + "\r\nContent-Type: application/json\r\n";
    }

    static String sized(String body) {
        return "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }
}
