package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminApiTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "  ", "{\"max_entries_per_user\":null}"})
    void anEventIsCreatedWithDefaults(String body) {
        Reply reply = api.configure("festival", body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("event_id").asText()).isEqualTo("festival");
        assertThat(reply.json().path("max_entries_per_user").asInt()).isEqualTo(5);
        assertThat(api.stats("festival").json().path("waiting").asLong()).isZero();
    }

    @Test
    void anUpdateKeepsWhatItDoesNotMention() {
        assertThat(api.configure("festival", "{\"max_entries_per_user\":3}").json().path("max_entries_per_user").asInt())
                .isEqualTo(3);

        Reply kept = api.configure("festival", "{}");

        assertThat(kept.json().path("max_entries_per_user").asInt()).isEqualTo(3);
    }

    @Test
    void statsCountJoinsAndLeaves() {
        api.configure("festival", "{}");
        api.join("festival");
        String token = api.join("festival").json().path("waiting_token").asText();
        api.leave(token);

        Reply stats = api.stats("festival");

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().path("waiting").asLong()).isEqualTo(1);
        assertThat(stats.json().path("joined_total").asLong()).isEqualTo(2);
        assertThat(stats.json().path("left_total").asLong()).isEqualTo(1);
    }

    @Test
    void statsOfAnUnknownEventAreNotFound() {
        Reply stats = api.stats("nothing-here");

        assertThat(stats.status()).isEqualTo(404);
        assertThat(stats.errorCode()).isEqualTo("EVENT_NOT_FOUND");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            log entries below the range    | {"log_max_entries":9}              | log_max_entries
            log entries above the range    | {"log_max_entries":10001}          | log_max_entries
            log entries a string           | {"log_max_entries":"100"}          | log_max_entries
            log ttl below the range        | {"log_ttl_sec":3599}               | log_ttl_sec
            log ttl above the range        | {"log_ttl_sec":2592001}            | log_ttl_sec
            log ttl a fraction             | {"log_ttl_sec":3600.5}             | log_ttl_sec
            display name a number          | {"display_name":7}                 | display_name must be
            display name an array          | {"display_name":["x"]}             | display_name must be
            display name a line break      | {"display_name":"one\\ntwo"}       | display_name must be
            display name a tab             | {"display_name":"a\\tb"}           | display_name must be
            message a boolean              | {"message":true}                   | message must be
            message a NUL                  | {"message":"a\\u0000b"}            | message must be
            message a carriage return      | {"message":"a\\r\\nb"}             | message must be
            message an escape sequence     | {"message":"\\u001b[31mred"}       | message must be
            message a lone surrogate       | {"message":"\\ud83c"}              | message must be
            texts and a bad value          | {"display_name":"x","max_active":0} | max_active
            hold ttl below the range       | {"hold_ttl_sec":9}                 | hold_ttl_sec
            hold ttl above the range       | {"hold_ttl_sec":3601}              | hold_ttl_sec
            hold ttl as a string           | {"hold_ttl_sec":"60"}              | hold_ttl_sec
            seats per hold zero            | {"max_seats_per_hold":0}           | max_seats_per_hold
            seats per hold above the range | {"max_seats_per_hold":101}         | max_seats_per_hold
            seats not an array             | {"seats":"A1"}                     | seats must be an array
            seats with a malformed id      | {"seats":["A1","A 2"]}             | seats[1] 'A 2'
            seats with a number            | {"seats":[7]}                      | seats[0]
            remove seats not an array      | {"remove_seats":{"A1":true}}       | remove_seats must be an array
            remove seats malformed         | {"remove_seats":["x~y"]}           | remove_seats[0]
            a seat added and removed       | {"seats":["A1","B2"],"remove_seats":["B2"]} | B2 is in both
            seats and a bad value          | {"seats":["A1"],"max_active":0}    | max_active
            rate below the range           | {"admission_rate_per_sec":0.05}    | admission_rate_per_sec
            rate zero                      | {"admission_rate_per_sec":0}       | admission_rate_per_sec
            rate above the range           | {"admission_rate_per_sec":100001}  | admission_rate_per_sec
            rate as a string               | {"admission_rate_per_sec":"5"}     | admission_rate_per_sec
            max active zero                | {"max_active":0}                   | max_active
            max active above the range     | {"max_active":10000001}            | max_active
            entry ttl below the range      | {"entry_ttl_sec":9}                | entry_ttl_sec
            entry ttl above the range      | {"entry_ttl_sec":86401}            | entry_ttl_sec
            entry ttl a fraction           | {"entry_ttl_sec":30.5}             | entry_ttl_sec
            abandon below the range        | {"abandon_after_sec":9}            | abandon_after_sec
            abandon above the range        | {"abandon_after_sec":86401}        | abandon_after_sec
            paused not a boolean           | {"paused":"false"}                 | paused
            one good one bad               | {"paused":false,"max_active":0}    | max_active
            unknown field                  | {"colour":"red"}                   | colour
            zero                           | {"max_entries_per_user":0}         | max_entries_per_user
            above the limit                | {"max_entries_per_user":10001}     | max_entries_per_user
            a fraction                     | {"max_entries_per_user":2.5}       | max_entries_per_user
            a string                       | {"max_entries_per_user":"5"}       | max_entries_per_user
            beyond any integer             | {"max_entries_per_user":1e30}      | max_entries_per_user
            huge integer                   | {"max_entries_per_user":99999999999999999999} | max_entries_per_user
            malformed JSON                 | {"max_entries_per_user":           | JSON
            not an object                  | [1]                                | object
            """)
    void badSettingsAre400AndChangeNothing(String why, String body, String message) {
        api.configure("festival", "{\"max_entries_per_user\":2}");

        Reply update = api.configure("festival", body);
        Reply create = api.configure("fresh", body);

        assertThat(update.status()).as(why).isEqualTo(400);
        assertThat(update.errorCode()).as(why).isEqualTo("INVALID_REQUEST");
        assertThat(update.json().path("error").path("message").asText()).as(why).contains(message);
        assertThat(create.status()).as(why).isEqualTo(400);
        assertThat(api.stats("fresh").errorCode()).as(why + ": nothing was created").isEqualTo("EVENT_NOT_FOUND");
        Reply kept = api.configure("festival", "{}");
        assertThat(kept.json().path("max_entries_per_user").asInt()).as(why).isEqualTo(2);
        assertThat(kept.json().path("paused").asBoolean()).as(why + ": nothing half-applied").isTrue();
        assertThat(kept.json().path("max_active").asInt()).as(why).isEqualTo(10_000);
    }

    @Test
    void aNewEventStartsPausedWithTheAdmissionDefaultsAndAnUpdateChangesOnlyWhatItNames() {
        Reply created = api.configure("festival", "{}");
        assertThat(created.json().path("admission_rate_per_sec").asDouble()).isEqualTo(10.0);
        assertThat(created.json().path("max_active").asInt()).isEqualTo(10_000);
        assertThat(created.json().path("entry_ttl_sec").asInt()).isEqualTo(600);
        assertThat(created.json().path("abandon_after_sec").asInt()).isEqualTo(120);
        assertThat(created.json().path("paused").asBoolean()).isTrue();

        api.configure("festival", "{\"admission_rate_per_sec\":2.5,\"max_active\":7}");
        Reply opened = api.configure("festival", "{\"paused\":false,\"entry_ttl_sec\":30,\"abandon_after_sec\":45}");

        assertThat(opened.json().path("admission_rate_per_sec").asDouble()).isEqualTo(2.5);
        assertThat(opened.json().path("max_active").asInt()).isEqualTo(7);
        assertThat(opened.json().path("entry_ttl_sec").asInt()).isEqualTo(30);
        assertThat(opened.json().path("abandon_after_sec").asInt()).isEqualTo(45);
        assertThat(opened.json().path("paused").asBoolean()).isFalse();
    }

    @Test
    void theSettingsCarryTheSeatHoldsAndAnUpdateChangesThem() {
        Reply created = api.configure("festival", "{}");
        assertThat(created.json().path("hold_ttl_sec").asInt()).isEqualTo(300);
        assertThat(created.json().path("max_seats_per_hold").asInt()).isEqualTo(8);

        Reply updated = api.configure("festival", "{\"hold_ttl_sec\":45,\"max_seats_per_hold\":2}");
        Reply kept = api.configure("festival", "{\"paused\":false}");

        assertThat(updated.json().path("hold_ttl_sec").asInt()).isEqualTo(45);
        assertThat(updated.json().path("max_seats_per_hold").asInt()).isEqualTo(2);
        assertThat(kept.json().path("hold_ttl_sec").asInt()).isEqualTo(45);
        assertThat(kept.json().path("max_seats_per_hold").asInt()).isEqualTo(2);
    }

    @Test
    void theSettingsCarryThePersonLogBoundsAndAnUpdateChangesThem() {
        Reply created = api.configure("festival", "{}");
        assertThat(created.json().path("log_max_entries").asInt()).isEqualTo(100);
        assertThat(created.json().path("log_ttl_sec").asInt()).isEqualTo(604_800);

        Reply updated = api.configure("festival", "{\"log_max_entries\":10,\"log_ttl_sec\":3600}");
        Reply kept = api.configure("festival", "{\"paused\":false,\"log_max_entries\":null}");

        assertThat(updated.json().path("log_max_entries").asInt()).isEqualTo(10);
        assertThat(updated.json().path("log_ttl_sec").asInt()).isEqualTo(3600);
        assertThat(kept.json().path("log_max_entries").asInt()).isEqualTo(10);
        assertThat(kept.json().path("log_ttl_sec").asInt()).isEqualTo(3600);
        assertThat(api.configure("festival", "{\"log_max_entries\":10000,\"log_ttl_sec\":2592000}").status()).isEqualTo(200);
    }

    @Test
    void theSettingsCarryThePagesTextsVerbatimAndAnUpdateChangesOnlyTheOnesItNames() {
        Reply created = api.configure("festival", "{}");
        assertThat(created.json().path("display_name").isTextual()).isTrue();
        assertThat(created.json().path("display_name").asText()).isEmpty();
        assertThat(created.json().path("message").asText()).isEmpty();

        Reply updated = api.configure("festival",
                "{\"display_name\":\"Summer <b>Festival</b> \u00e9t\u00e9\",\"message\":\"Doors at 18:00.\\n<i>Bring ID</i> & \\\"cash\\\"\"}");
        Reply kept = api.configure("festival", "{\"paused\":false,\"display_name\":null}");
        Reply cleared = api.configure("festival", "{\"message\":\"\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("display_name").asText()).isEqualTo("Summer <b>Festival</b> \u00e9t\u00e9");
        assertThat(updated.json().path("message").asText()).isEqualTo("Doors at 18:00.\n<i>Bring ID</i> & \"cash\"");
        assertThat(kept.json().path("display_name").asText()).as("null keeps it").isEqualTo("Summer <b>Festival</b> \u00e9t\u00e9");
        assertThat(kept.json().path("message").asText()).isEqualTo("Doors at 18:00.\n<i>Bring ID</i> & \"cash\"");
        assertThat(cleared.json().path("message").asText()).as("\"\" clears it").isEmpty();
        assertThat(cleared.json().path("display_name").asText()).isEqualTo("Summer <b>Festival</b> \u00e9t\u00e9");
    }

    @Test
    void eachTextIsAtMostTwoHundredCharactersCountedAsUnicodeCharacters() {
        String guitars = "\uD83C\uDFB8".repeat(200);

        Reply longest = api.configure("festival", "{\"display_name\":\"" + guitars + "\",\"message\":\"" + "m".repeat(200) + "\"}");
        Reply tooLongName = api.configure("festival", "{\"display_name\":\"" + "n".repeat(201) + "\"}");
        Reply tooLongMessage = api.configure("festival", "{\"message\":\"" + guitars + "!\"}");

        assertThat(longest.status()).isEqualTo(200);
        assertThat(longest.json().path("display_name").asText()).isEqualTo(guitars);
        assertThat(tooLongName.status()).isEqualTo(400);
        assertThat(tooLongName.errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(tooLongName.json().path("error").path("message").asText()).startsWith("display_name must be").contains("200");
        assertThat(tooLongMessage.status()).isEqualTo(400);
        assertThat(tooLongMessage.json().path("error").path("message").asText()).startsWith("message must be");
        assertThat(api.configure("festival", "{}").json().path("message").asText()).as("nothing changed").hasSize(200);
    }

    @Test
    void seatsAreAddedAndRemovedAndTheStatsCountThemOnceTheyExist() {
        api.configure("festival", "{}");
        assertThat(api.stats("festival").json().has("seats_available")).as("no seats yet").isFalse();

        assertThat(api.configure("festival", "{\"seats\":[\"A1\",\"A2\",\"A3\",\"A1\"]}").status()).isEqualTo(200);
        assertThat(api.configure("festival", "{\"seats\":[\"B1\"],\"remove_seats\":[\"A2\",\"Z9\"]}").status())
                .as("removing a seat the event does not have is no error").isEqualTo(200);
        assertThat(api.configure("festival", "{\"seats\":null,\"remove_seats\":[]}").status()).isEqualTo(200);

        Reply stats = api.stats("festival");
        assertThat(stats.json().path("seats_available").asLong()).isEqualTo(3);
        assertThat(stats.json().path("seats_held").asLong()).isZero();
        assertThat(stats.json().path("seats_sold").asLong()).isZero();
        assertThat(api.seats("festival").json().path("seats").findValuesAsText("seat_id")).containsExactly("A1", "A3", "B1");
    }

    @Test
    void anEventCanBeCreatedWithItsSeats() {
        Reply created = api.configure("festival", "{\"seats\":[\"A1\"],\"max_seats_per_hold\":1}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("max_seats_per_hold").asInt()).isEqualTo(1);
        assertThat(api.stats("festival").json().path("seats_available").asLong()).isEqualTo(1);
    }

    @Test
    void moreSeatsThanAnEventMayHaveAreRefusedAndNothingChanges() {
        WaitingRoomHttpServer roomy = TestServers.start(TestServers.inMemoryUseCases(), TestServers.SIGNING_KEYS, 4 << 20);
        try {
            ApiClient client = new ApiClient(roomy.port());
            StringBuilder seats = new StringBuilder("{\"seats\":[");
            for (int i = 0; i < SeatPolicy.MAX_SEATS_PER_EVENT; i++) {
                seats.append(i == 0 ? "" : ",").append("\"S").append(i).append('"');
            }
            assertThat(client.configure("arena", seats.append("]}").toString()).status()).isEqualTo(200);

            Reply refused = client.configure("arena", "{\"seats\":[\"X1\"],\"max_seats_per_hold\":3}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.json().path("error").path("message").asText()).contains("seats").contains("100000");
            assertThat(client.stats("arena").json().path("seats_available").asLong()).isEqualTo(SeatPolicy.MAX_SEATS_PER_EVENT);
            assertThat(client.configure("arena", "{}").json().path("max_seats_per_hold").asInt()).isEqualTo(8);
        } finally {
            roomy.stop();
        }
    }

    @Test
    void statsCarryTheAdmissionCounters() {
        api.configure("festival", "{}");
        api.join("festival");

        Reply stats = api.stats("festival");

        assertThat(stats.json().path("admitted_total").asLong()).isZero();
        assertThat(stats.json().path("dropped_total").asLong()).isZero();
        assertThat(stats.json().path("active").asLong()).isZero();
        assertThat(stats.json().has("admission_rate_measured")).isTrue();
        assertThat(stats.json().path("admission_rate_measured").isNull()).as("nobody admitted: no rate").isTrue();
    }

    @Test
    void aMalformedEventIdInThePathIs400() {
        assertThat(api.configure("bad~id", "{}").errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(api.stats("bad~id").errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(api.configure("e".repeat(65), "{}").errorCode()).isEqualTo("INVALID_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<none>", "Bearer wrong-token", "Bearer test-admin-token-and-more", "Basic dGVzdA==", "Bearer ", "test-admin-token"})
    void adminRoutesNeedTheBearerToken(String authorization) {
        HttpRequest.Builder put = api.request("/api/v1/admin/events/festival").PUT(HttpRequest.BodyPublishers.ofString("{}"));
        HttpRequest.Builder stats = api.request("/api/v1/admin/events/festival/stats").GET();
        if (!authorization.equals("<none>")) {
            put.header("Authorization", authorization);
            stats.header("Authorization", authorization);
        }

        Reply refusedPut = api.send(put);
        Reply refusedStats = api.send(stats);

        assertThat(refusedPut.status()).isEqualTo(401);
        assertThat(refusedPut.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(refusedPut.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(refusedStats.status()).isEqualTo(401);
        assertThat(api.stats("festival").errorCode()).as("the refused PUT created nothing").isEqualTo("EVENT_NOT_FOUND");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        Reply reply = api.send(api.request("/api/v1/admin/events/festival")
                .header("Authorization", "bearer " + ApiClient.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void withoutAConfiguredTokenEveryAdminRequestIsRefused() {
        WaitingRoomHttpServer closed = new WaitingRoomHttpServer(TestServers.inMemoryUseCases(),
                TestServers.settings(HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty())).start();
        try {
            ApiClient client = new ApiClient(closed.port());

            Reply put = client.configure("festival", "{}");
            Reply stats = client.stats("festival");

            assertThat(put.status()).isEqualTo(401);
            assertThat(put.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(stats.status()).isEqualTo(401);
        } finally {
            closed.stop();
        }
    }
}
