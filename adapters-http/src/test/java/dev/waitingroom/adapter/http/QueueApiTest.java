package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueueApiTest {

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.inMemoryUseCases());
        api = new ApiClient(server.port());
        assertThat(api.configure("concert", "{}").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void joinAnswers202WithTheTokenAndTheExactPosition() {
        Reply first = api.join("concert", "alice", "key-1");
        Reply second = api.join("concert", null, "key-2");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().path("status").asText()).isEqualTo("waiting");
        assertThat(first.json().path("position_hint").asLong()).isEqualTo(1);
        assertThat(first.json().path("waiting_token").asText()).startsWith("concert~");
        assertThat(second.json().path("position_hint").asLong()).isEqualTo(2);
        assertThat(first.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void idempotencyKeysNeedNotBeUuids() {
        assertThat(api.join("concert", "bob", "order-42:retry.1_A").status()).isEqualTo(202);
    }

    @Test
    void statusShowsThePositionWithNoMadeUpEstimate() {
        api.join("concert");
        String token = api.join("concert").json().path("waiting_token").asText();

        Reply status = api.status(token);

        assertThat(status.status()).isEqualTo(200);
        JsonNode body = status.json();
        assertThat(body.path("status").asText()).isEqualTo("waiting");
        assertThat(body.path("position").asLong()).isEqualTo(2);
        assertThat(body.has("eta_sec")).isTrue();
        assertThat(body.get("eta_sec").isNull()).isTrue();
        assertThat(body.path("waiting_time").isIntegralNumber()).isTrue();
        assertThat(body.path("waiting_time").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(body.path("ready_for_entry").isBoolean()).isTrue();
        assertThat(body.path("ready_for_entry").asBoolean()).isFalse();
    }

    @Test
    void leavingTwiceIsFineAndTheTokenIsGoneAfterwards() {
        String token = api.join("concert").json().path("waiting_token").asText();

        Reply left = api.leave(token);
        Reply again = api.leave(token);

        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().path("status").asText()).isEqualTo("left");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("left");
        assertThat(api.status(token).errorCode()).isEqualTo("TOKEN_NOT_FOUND");
        assertThat(api.stats("concert").json().path("left_total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "concert~short", "concert~AAAAAAAAAAAAAAAAAAAAAA", "other~AAAAAAAAAAAAAAAAAAAAAA"})
    void anUnknownOrMalformedTokenIsNotFound(String token) {
        Reply status = api.status(token);

        assertThat(status.status()).isEqualTo(404);
        assertThat(status.errorCode()).isEqualTo("TOKEN_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/queue/status", "/api/v1/queue/status?token=", "/api/v1/queue/status?other=1"})
    void statusWithoutATokenIsRefused(String pathAndQuery) {
        Reply reply = api.get(pathAndQuery);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MISSING_TOKEN");
    }

    @Test
    void leaveWithoutATokenIsRefused() {
        Reply reply = api.send(api.request("/api/v1/queue/leave").DELETE());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MISSING_TOKEN");
    }

    @Test
    void aRepeatedKeyAnswers409WithTheOriginalToken() {
        Reply first = api.join("concert", "carol", "same-key");
        Reply retry = api.join("concert", "carol", "same-key");

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.errorCode()).isEqualTo("DUPLICATE_REQUEST");
        assertThat(retry.json().path("waiting_token").asText()).isEqualTo(first.json().path("waiting_token").asText());
        assertThat(retry.json().path("error").path("trace_id").asText()).isNotEmpty();
        assertThat(api.stats("concert").json().path("waiting").asLong()).isEqualTo(1);
    }

    @Test
    void aKeyUsedByAnotherUserIsAConflictThatHandsOutNoToken() {
        Reply carols = api.join("concert", "carol", "guessable");
        Reply mallorys = api.join("concert", "mallory", "guessable");

        assertThat(carols.status()).isEqualTo(202);
        assertThat(mallorys.status()).isEqualTo(409);
        assertThat(mallorys.errorCode()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(mallorys.json().has("waiting_token")).isFalse();
        assertThat(mallorys.raw().body()).doesNotContain(carols.json().path("waiting_token").asText());
        assertThat(api.stats("concert").json().path("waiting").asLong()).isEqualTo(1);
    }

    @Test
    void theEventsPerUserLimitAnswers429() {
        api.configure("concert", "{\"max_entries_per_user\":1}");
        assertThat(api.join("concert", "dave", "k1").status()).isEqualTo(202);

        Reply second = api.join("concert", "dave", "k2");

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.errorCode()).isEqualTo("USER_LIMIT_REACHED");
        assertThat(second.json().has("waiting_token")).isFalse();
    }

    @Test
    void anUnknownEventIsNotFound() {
        Reply reply = api.join("no-such-event");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("EVENT_NOT_FOUND");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            header missing                     | <none>  | {"event_id":"concert"}                  | IDEMPOTENCY_REQUIRED    |
            header empty                       | <empty> | {"event_id":"concert"}                  | IDEMPOTENCY_REQUIRED    |
            key outside the alphabet           | a/b     | {"event_id":"concert"}                  | INVALID_IDEMPOTENCY_KEY |
            key too long                       | <long>  | {"event_id":"concert"}                  | INVALID_IDEMPOTENCY_KEY |
            malformed JSON                     | k       | {"event_id":                            | INVALID_REQUEST         |
            empty body                         | k       | ''                                      | INVALID_REQUEST         |
            not an object                      | k       | ["concert"]                             | INVALID_REQUEST         |
            trailing garbage                   | k       | {"event_id":"concert"} x                | INVALID_REQUEST         |
            duplicate field                    | k       | {"event_id":"concert","event_id":"x"}   | INVALID_REQUEST         |
            unknown field                      | k       | {"event_id":"concert","vip":true}       | INVALID_REQUEST         | vip
            event_id of the wrong type         | k       | {"event_id":42}                         | INVALID_REQUEST         | event_id
            event_id outside the alphabet      | k       | {"event_id":"con cert"}                 | INVALID_REQUEST         | event_id
            event_id too long                  | k       | {"event_id":"<long>"}                   | INVALID_REQUEST         | event_id
            user_id of the wrong type          | k       | {"event_id":"concert","user_id":7}      | INVALID_REQUEST         | user_id
            user_id empty                      | k       | {"event_id":"concert","user_id":""}     | INVALID_REQUEST         | user_id
            user_id outside the alphabet       | k       | {"event_id":"concert","user_id":"a~b"}  | INVALID_REQUEST         | user_id
            event_id absent                    | k       | {"user_id":"erin"}                      | MISSING_EVENT_ID        | event_id
            event_id null                      | k       | {"event_id":null}                       | MISSING_EVENT_ID        | event_id
            event_id empty                     | k       | {"event_id":""}                         | MISSING_EVENT_ID        | event_id
            """)
    void badJoinsAre400AndChangeNothing(String why, String key, String body, String code, String namedField) {
        api.join("concert");
        JsonNode before = api.stats("concert").json();
        String header = switch (key) {
            case "<none>" -> null;
            case "<empty>" -> "";
            case "<long>" -> "k".repeat(129);
            default -> key;
        };

        Reply reply = api.join(header, body.replace("<long>", "e".repeat(65)));

        assertThat(reply.status()).as(why).isEqualTo(400);
        assertThat(reply.errorCode()).as(why).isEqualTo(code);
        if (namedField != null) {
            assertThat(reply.json().path("error").path("message").asText()).as(why).contains(namedField);
        }
        assertThat(api.stats("concert").json()).as(why).isEqualTo(before);
    }

    @Test
    void concurrentJoinsOverHttpGetEveryPositionExactlyOnce() throws Exception {
        int joins = 200;
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < joins; i++) {
                replies.add(clients.submit(() -> api.join("concert", null, UUID.randomUUID().toString())));
            }
        }
        Set<Long> positions = new TreeSet<>();
        Set<String> tokens = new TreeSet<>();
        for (Future<Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(202);
            positions.add(reply.get().json().path("position_hint").asLong());
            tokens.add(reply.get().json().path("waiting_token").asText());
        }
        assertThat(positions).hasSize(joins).first().isEqualTo(1L);
        assertThat(positions).last().isEqualTo((long) joins);
        assertThat(tokens).hasSize(joins);
    }
}
