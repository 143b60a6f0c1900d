package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.RawHttp.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests whose bytes are malformed, late, or cut short; and more connections than the server takes. */
class ConnectionGuardTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    private static final int MAX_CONNECTIONS = 3;
    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(5);
    private static final String BODY = "{\"event_id\":\"concert\"}";

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = new WaitingRoomHttpServer(TestServers.inMemoryUseCases(),
                TestServers.edgeSettings(READ_TIMEOUT, MAX_CONNECTIONS)).start();
        api = new ApiClient(server.port());
        api.configure("concert", "{}");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "FFFFFFFFFFFF", "-11", "", "1 6"})
    void aMalformedChunkSizeIs400AndClosesTheConnection(String size) {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(chunkedJoin("bad-size") + size + "\r\n" + BODY + "\r\n0\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(answer.json().path("error").path("message").asText()).contains("chunk");
            assertThat(answer.header("X-Request-ID")).isEqualTo("chunk-trace");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).as("the rest of the stream cannot be trusted").isTrue();
        }
        assertThat(api.stats("concert").json().path("joined_total").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {";foo=bar", " ; foo=\"b;r\"", ";x"})
    void aChunkExtensionIsLegalAndServed(String extension) {
        String size = Integer.toHexString(BODY.length());
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(chunkedJoin("extension") + size + extension + "\r\n" + BODY + "\r\n0;end=1\r\n\r\n")
                    .readAnswer();

            assertThat(answer.status()).isEqualTo(202);
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status())
                    .as("the connection goes on").isEqualTo(200);
        }
    }

    @Test
    void trailerFieldsAfterTheLastChunkAreLegalAndIgnored() {
        String size = Integer.toHexString(BODY.length());
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(chunkedJoin("trailers") + size + "\r\n" + BODY + "\r\n0\r\n"
                    + "X-Checksum: abc\r\nX-Other: 1\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(202);
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status())
                    .as("the connection goes on").isEqualTo(200);
        }
    }

    @Test
    void aMalformedTrailerIs400AndClosesTheConnection() {
        String size = Integer.toHexString(BODY.length());
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(chunkedJoin("bad-trailer") + size + "\r\n" + BODY + "\r\n0\r\nno colon\r\n\r\n")
                    .readAnswer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
    }

    @Test
    void aBodyInSeveralChunksIsServed() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(chunkedJoin("chunks") + "5\r\n" + BODY.substring(0, 5) + "\r\n"
                    + Integer.toHexString(BODY.length() - 5).toUpperCase() + "\r\n" + BODY.substring(5) + "\r\n0\r\n\r\n")
                    .readAnswer();

            assertThat(answer.status()).isEqualTo(202);
        }
    }

    @Test
    void anIllegalMethodTokenIs400() throws InterruptedException {
        try (LogRecords logs = new LogRecords(); RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send("G<E>T /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
            assertThat(logs.atLeast(Level.WARNING)).as("a client's mistake is no server failure").isEmpty();
        }
    }

    @Test
    void unfinishedHeadersAreAnswered408AndClosed() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n").readAnswer();

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorCode()).isEqualTo("REQUEST_TIMEOUT");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
    }

    @Test
    void aBodyShorterThanItsLengthIsAnswered408AndClosed() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            Answer answer = raw.send(join("short") + "Content-Length: 100\r\n\r\n" + BODY).readAnswer();

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorCode()).isEqualTo("REQUEST_TIMEOUT");
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
        assertThat(api.stats("concert").json().path("joined_total").asLong()).isZero();
    }

    @Test
    void aLateBodyAfterTheAnswerIsClosedOnWithoutASecondAnswer() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            // refused before its body is read; the rest of the body never comes
            Answer answer = raw.send("PUT /api/v1/admin/events/concert HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer wrong\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .readAnswer();

            assertThat(answer.status()).isEqualTo(401);
            assertThat(raw.restUntilClosed(CLOSE_LIMIT)).as("nothing after the answer").isEmpty();
        }
    }

    @Test
    void aRequestTricklingInIsCutAtTheTimeoutAsAWhole() throws InterruptedException {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            raw.send("GET /healthz HTTP/1.1\r\n");
            long deadline = System.nanoTime() + CLOSE_LIMIT.toNanos();
            boolean closed = false;
            // one header line per half timeout: each read is quick, the request as a whole is late
            while (!closed && System.nanoTime() < deadline) {
                try {
                    raw.send("X-Slow: 1\r\n");
                } catch (java.io.UncheckedIOException refused) {
                    closed = true;
                    break;
                }
                closed = raw.closedWithin(READ_TIMEOUT.dividedBy(2));
            }
            assertThat(closed).as("closed within " + CLOSE_LIMIT.toSeconds() + " s").isTrue();
        }
    }

    @Test
    void aConnectionThatNeverSendsIsClosedWithoutAnAnswer() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.closedWithin(CLOSE_LIMIT)).isTrue();
        }
    }

    @Test
    void anIdleKeptAliveConnectionOutlivesTheReadTimeout() {
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status()).isEqualTo(200);

            assertThat(raw.closedWithin(READ_TIMEOUT.multipliedBy(3))).as("idle between requests is no late request")
                    .isFalse();
            assertThat(raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status()).isEqualTo(200);
        }
    }

    @Test
    void aClientHangingUpMidBodyIsLoggedAtDebugOnly() throws InterruptedException {
        try (LogRecords logs = new LogRecords()) {
            try (RawHttp raw = RawHttp.connect(server.port())) {
                raw.send(join("hang-up") + "Content-Length: 100\r\n\r\n" + BODY);
            }

            assertThat(logs.await(LogRecords.fineFromAdapter("closed the connection"), CLOSE_LIMIT)).isTrue();
            assertThat(logs.atLeast(Level.WARNING)).isEmpty();
        }
    }

    @Test
    void aClientHangingUpMidHeadersIsLoggedAtDebugOnly() throws InterruptedException {
        try (LogRecords logs = new LogRecords()) {
            try (RawHttp raw = RawHttp.connect(server.port())) {
                raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Half: ");
            }

            assertThat(logs.await(LogRecords.fineFromAdapter("closed the connection"), CLOSE_LIMIT)).isTrue();
            assertThat(logs.atLeast(Level.WARNING)).isEmpty();
        }
    }

    @Test
    void connectionsOverTheLimitGetA503AndAClose() throws InterruptedException {
        List<RawHttp> held = new ArrayList<>();
        try {
            Answer refusal = null;
            // the set-up's client may keep a connection of its own open: count up to the limit plus one
            while (refusal == null && held.size() <= MAX_CONNECTIONS) {
                RawHttp connection = RawHttp.connect(server.port());
                held.add(connection);
                Answer answer = connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer();
                if (answer.status() != 200) {
                    refusal = answer;
                }
            }

            assertThat(refusal).as("refused within " + (MAX_CONNECTIONS + 1) + " connections").isNotNull();
            assertThat(refusal.status()).isEqualTo(503);
            assertThat(refusal.errorCode()).isEqualTo("TOO_MANY_CONNECTIONS");
            assertThat(refusal.header("Retry-After")).isEqualTo("1");
            assertThat(refusal.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(refusal.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(held.getLast().closedWithin(CLOSE_LIMIT)).isTrue();

            held.getFirst().close();
            assertThat(answersHealthWithin(CLOSE_LIMIT)).as("a freed place is taken again").isTrue();
        } finally {
            held.forEach(RawHttp::close);
        }
    }

    private boolean answersHealthWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (RawHttp raw = RawHttp.connect(server.port())) {
                if (raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status() == 200) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static String join(String idempotencyKey) {
        return "POST /api/v1/queue/join HTTP/1.1\r\nHost: x\r\nIdempotency-Key: " + idempotencyKey
                + "\r\nContent-Type: application/json\r\n";
    }

    private static String chunkedJoin(String idempotencyKey) {
        return join(idempotencyKey) + "X-Request-ID: chunk-trace\r\nTransfer-Encoding: chunked\r\n\r\n";
    }
}
