package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureResponsesTest {

    private static final int MAX_BODY_BYTES = 512;
    private static final String TOKEN = "concert~AAAAAAAAAAAAAAAAAAAAAA";

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = new WaitingRoomHttpServer(TestServers.inMemoryUseCases(),
                TestServers.settings(MAX_BODY_BYTES, Optional.of(ApiClient.ADMIN_TOKEN))).start();
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aSaneRequestIdIsTheTraceIdOfTheAnswer() {
        Reply reply = api.send(api.request("/api/v1/queue/status").header("X-Request-ID", "req-123 from client").GET());

        assertThat(reply.header("X-Request-ID")).isEqualTo("req-123 from client");
        assertThat(reply.json().path("error").path("trace_id").asText()).isEqualTo("req-123 from client");
        assertThat(reply.raw().headers().allValues("X-Request-ID")).hasSize(1);
    }

    @Test
    void successfulAnswersEchoTheRequestIdToo() {
        Reply reply = api.send(api.request("/healthz").header("X-Request-ID", "abc").GET());

        assertThat(reply.header("X-Request-ID")).isEqualTo("abc");
    }

    @Test
    void withoutARequestIdOneIsGenerated() {
        Reply reply = api.get("/api/v1/queue/status");

        String traceId = reply.json().path("error").path("trace_id").asText();
        assertThat(traceId).isNotBlank();
        assertThat(reply.header("X-Request-ID")).isEqualTo(traceId);
    }

    @Test
    void anInsaneRequestIdIsReplaced() {
        String tooLong = "x".repeat(129);

        Reply reply = api.send(api.request("/api/v1/queue/status").header("X-Request-ID", tooLong).GET());

        String traceId = reply.json().path("error").path("trace_id").asText();
        assertThat(traceId).isNotEqualTo(tooLong).isNotBlank().hasSizeLessThanOrEqualTo(128);
        assertThat(reply.header("X-Request-ID")).isEqualTo(traceId);
    }

    @Test
    void anUnknownRouteIs404InTheEnvelope() {
        Reply reply = api.send(api.request("/api/v1/nothing").header("X-Request-ID", "t-404").GET());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(reply.json().path("error").path("trace_id").asText()).isEqualTo("t-404");
        assertThat(reply.header("X-Request-ID")).isEqualTo("t-404");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOne() {
        Reply get = api.get("/api/v1/queue/join");
        Reply post = api.send(api.request("/api/v1/queue/status?token=x").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aBodyOverTheLimitIs413InTheEnvelope() {
        api.configure("concert", "{}");
        String big = "{\"event_id\":\"concert\",\"user_id\":\"" + "u".repeat(MAX_BODY_BYTES) + "\"}";

        Reply reply = api.send(api.request("/api/v1/queue/join")
                .header("Idempotency-Key", "k").header("X-Request-ID", "t-413")
                .POST(HttpRequest.BodyPublishers.ofString(big)));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(reply.header("X-Request-ID")).isEqualTo("t-413");
        assertThat(reply.json().path("error").path("trace_id").asText()).isEqualTo("t-413");
        assertThat(api.stats("concert").json().path("joined_total").asLong()).isZero();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        api.configure("concert", "{}");
        byte[] big = ("{\"event_id\":\"concert\",\"user_id\":\"" + "u".repeat(4 * MAX_BODY_BYTES) + "\"}").getBytes();

        // a body of unknown length goes out chunked, so the limit is hit while reading, not from Content-Length
        Reply reply = api.send(api.request("/api/v1/queue/join")
                .header("Idempotency-Key", "k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(reply.header("X-Request-ID")).isNotBlank();
        assertThat(api.stats("concert").json().path("joined_total").asLong()).isZero();
    }

    @Test
    void malformedHttpIsRefusedInTheEnvelopeToo() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/queue/join HTTP/1.1\r\nHost: x\r\nX-Request-ID: t-400\r\n"
                    + "Content-Length: many\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"code\":\"INVALID_REQUEST\"", "\"trace_id\":\"t-400\"");
        assertThat(answer).containsIgnoringCase("X-Request-ID: t-400");
    }

    @Test
    void aStoreThatIsDownAnswers503WithRetryAfterEverywhere() {
        WaitingRoomHttpServer failing = TestServers.start(TestServers.unavailableUseCases(Duration.ofSeconds(1)));
        try {
            ApiClient client = new ApiClient(failing.port());

            for (Reply reply : new Reply[] {
                    client.join("concert"),
                    client.status(TOKEN),
                    client.leave(TOKEN),
                    client.configure("concert", "{}"),
                    client.stats("concert"),
                    client.event("concert"),
                    client.get("/readyz")}) {
                assertThat(reply.status()).as(reply.raw().uri().toString()).isEqualTo(503);
                assertThat(reply.errorCode()).isEqualTo("STORE_UNAVAILABLE");
                assertThat(reply.header("Retry-After")).isEqualTo("1");
                assertThat(reply.header("X-Request-ID")).isEqualTo(reply.json().path("error").path("trace_id").asText());
            }
            assertThat(client.get("/healthz").status()).as("alive, though not ready").isEqualTo(200);
        } finally {
            failing.stop();
        }
    }

    @Test
    void retryAfterIsTheStoresWaitInWholeSecondsRoundedUp() {
        WaitingRoomHttpServer failing = TestServers.start(TestServers.unavailableUseCases(Duration.ofMillis(2_500)));
        try {
            Reply reply = new ApiClient(failing.port()).join("concert");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("3");
        } finally {
            failing.stop();
        }
    }

    @Test
    void aBugIs500WithoutTheStackTrace() {
        WaitingRoomUseCases real = TestServers.inMemoryUseCases();
        WaitingRoomUseCases buggy = real.withJoinQueue(command -> {
            throw new IllegalStateException("secret internal detail");
        });
        WaitingRoomHttpServer failing = TestServers.start(buggy);
        try {
            Reply reply = new ApiClient(failing.port()).join("concert");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.errorCode()).isEqualTo("INTERNAL_ERROR");
            assertThat(reply.raw().body()).doesNotContain("secret", "Exception", "at dev.");
        } finally {
            failing.stop();
        }
    }
}
