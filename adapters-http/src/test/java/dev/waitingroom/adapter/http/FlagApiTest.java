package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feature flags over HTTP: listed, changed, and every refusal. */
class FlagApiTest {

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
    void everyFlagIsListedAtItsStartingValueUntilChanged() {
        Reply reply = api.flags();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().body()).isEqualTo("{\"flags\":[{\"name\":\"streams_queue\",\"enabled\":false,\"rollout_percent\":0}]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on for everyone            | {"enabled":true}                          | true  | 100
            on for a quarter           | {"enabled":true,"rollout_percent":25}     | true  | 25
            on for nobody yet          | {"enabled":true,"rollout_percent":0}      | true  | 0
            on for all by percent      | {"enabled":true,"rollout_percent":100}    | true  | 100
            off                        | {"enabled":false}                         | false | 0
            off with zero              | {"enabled":false,"rollout_percent":0}     | false | 0
            a null percent is absent   | {"enabled":true,"rollout_percent":null}   | true  | 100
            """)
    void aChangeIsAnsweredAndListed(String why, String body, boolean enabled, int percent) {
        Reply changed = api.changeFlag("streams_queue", body);

        assertThat(changed.status()).as(why).isEqualTo(200);
        assertThat(changed.json().path("name").asText()).isEqualTo("streams_queue");
        assertThat(changed.json().path("enabled").asBoolean()).as(why).isEqualTo(enabled);
        assertThat(changed.json().path("rollout_percent").asInt()).as(why).isEqualTo(percent);
        assertThat(api.flags().json().path("flags").get(0)).as(why).isEqualTo(changed.json());
    }

    @Test
    void aChangeIsLoggedWithItsOldAndNewValue() {
        try (CapturedLogs logs = new CapturedLogs()) {
            api.changeFlag("streams_queue", "{\"enabled\":true,\"rollout_percent\":25}");
            api.changeFlag("streams_queue", "{\"enabled\":true,\"rollout_percent\":50}");

            ILoggingEvent second = logs.await("of the second change", event -> event.getFormattedMessage().contains("to 50%"));
            assertThat(second.getLevel().toString()).isEqualTo("INFO");
            assertThat(second.getFormattedMessage()).contains("flag streams_queue changed from 25% to 50%");
            assertThat(second.getKeyValuePairs()).extracting(pair -> pair.key + "=" + pair.value)
                    .containsExactly("flag=streams_queue", "old_value=25%", "new_value=50%");
            assertThat(logs.matching(event -> event.getFormattedMessage().contains("changed from (none stored) to 25%")))
                    .hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no enabled                 | {"rollout_percent":25}                    | INVALID_FLAG
            empty object               | {}                                        | INVALID_FLAG
            empty body                 | ''                                        | INVALID_FLAG
            enabled a string           | {"enabled":"true"}                        | INVALID_FLAG
            enabled null               | {"enabled":null}                          | INVALID_FLAG
            percent above the range    | {"enabled":true,"rollout_percent":101}    | INVALID_FLAG
            percent negative           | {"enabled":true,"rollout_percent":-1}     | INVALID_FLAG
            percent a fraction         | {"enabled":true,"rollout_percent":2.5}    | INVALID_FLAG
            percent a string           | {"enabled":true,"rollout_percent":"25"}   | INVALID_FLAG
            percent huge               | {"enabled":true,"rollout_percent":99999999999} | INVALID_FLAG
            off with a percent         | {"enabled":false,"rollout_percent":25}    | INVALID_FLAG
            unknown field              | {"enabled":true,"colour":"red"}           | INVALID_REQUEST
            malformed JSON             | {"enabled":                               | INVALID_REQUEST
            not an object              | [true]                                    | INVALID_REQUEST
            """)
    void badChangesAre400AndStoreNothing(String why, String body, String code) {
        api.changeFlag("streams_queue", "{\"enabled\":true,\"rollout_percent\":10}");

        Reply refused = api.changeFlag("streams_queue", body);

        assertThat(refused.status()).as(why).isEqualTo(400);
        assertThat(refused.errorCode()).as(why).isEqualTo(code);
        assertThat(api.flags().json().path("flags").get(0).path("rollout_percent").asInt()).as(why).isEqualTo(10);
    }

    @Test
    void anUnknownFlagIsNotFoundWhateverTheBody() {
        Reply unknown = api.changeFlag("lua_atomic", "{\"enabled\":true}");
        Reply unknownWithBadBody = api.changeFlag("nope", "{\"enabled\":\"maybe\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("FLAG_NOT_FOUND");
        assertThat(unknown.json().path("error").path("message").asText()).contains("streams_queue");
        assertThat(unknownWithBadBody.errorCode()).as("the name is checked first").isEqualTo("FLAG_NOT_FOUND");
    }

    @Test
    void theFlagRoutesNeedTheAdminTokenAndAnswerOneMethodEach() {
        Reply list = api.get("/api/v1/admin/flags");
        Reply change = api.send(api.request("/api/v1/admin/flags/streams_queue")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));
        Reply posted = api.send(api.request("/api/v1/admin/flags").header("Authorization", "Bearer " + ApiClient.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(list.status()).isEqualTo(401);
        assertThat(change.status()).isEqualTo(401);
        assertThat(api.flags().json().path("flags").get(0).path("enabled").asBoolean()).as("nothing changed").isFalse();
        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aStoreThatIsDownIs503() {
        WaitingRoomHttpServer down = TestServers.start(TestServers.unavailableUseCases(Duration.ofSeconds(2)));
        try {
            ApiClient client = new ApiClient(down.port());

            assertThat(client.flags().errorCode()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(client.changeFlag("streams_queue", "{\"enabled\":true}").errorCode()).isEqualTo("STORE_UNAVAILABLE");
        } finally {
            down.stop();
        }
    }
}
