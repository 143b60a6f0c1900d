package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.RawHttp.Answer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    private static String joinHead(String idempotencyKey) {
        return "POST /api/v1/queue/join HTTP/1.1\r\nHost: x\r\nIdempotency-Key: " + idempotencyKey
                + "\r\nContent-Type: application/json\r\n";
    }

    static String sized(String body) {
        return "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }
}
