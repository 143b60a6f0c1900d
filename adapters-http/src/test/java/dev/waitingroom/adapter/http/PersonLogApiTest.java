package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogPage;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The person logs over HTTP: the shape of a page, the paging parameters, and every refusal. */
class PersonLogApiTest {

    private static final String TICKET = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final String TOKEN = "festival~" + TICKET;
    /** 2026-01-02T03:04:05.678Z */
    private static final long AT = 1_767_323_045_678L;

    private final ScriptedPersonLog personLog = new ScriptedPersonLog();
    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.inMemoryUseCases(personLog));
        api = new ApiClient(server.port());
        api.configure("festival", "{}");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void eachEntryIsFlatWithItsDetailsInTheirJsonTypes() {
        personLog.answer("ann", new LogPage(List.of(
                entry(1, LogEntryType.JOINED, Map.of("position", "3")),
                entry(2, LogEntryType.ADMITTED, Map.of("window_ends", Long.toString(AT + 600_000))),
                entry(3, LogEntryType.ENTERED, Map.of()),
                entry(4, LogEntryType.HELD, Map.of("reservation_id", "R1", "seat_ids", "B2,A1", "hold_ends", Long.toString(AT + 120_000))),
                entry(5, LogEntryType.CONFIRMED, Map.of("reservation_id", "R1", "seat_ids", "B2,A1")),
                entry(6, LogEntryType.WINDOW_CLOSED, Map.of("reason", "purchased")),
                entry(7, LogEntryType.LEFT, Map.of("was", "waiting"))), Optional.empty()));

        Reply reply = api.userLog("festival", "user_id=ann");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode entries = reply.json().path("entries");
        assertThat(entries).hasSize(7);
        JsonNode joined = entries.get(0);
        assertThat(fieldNames(joined)).containsExactly("id", "type", "ticket", "at", "position");
        assertThat(joined.path("id").asText()).isEqualTo(AT + "-1");
        assertThat(joined.path("type").asText()).isEqualTo("joined");
        assertThat(joined.path("ticket").asText()).as("the full waiting token").isEqualTo(TOKEN);
        assertThat(joined.path("at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(joined.path("position").isIntegralNumber()).isTrue();
        assertThat(joined.path("position").asLong()).isEqualTo(3);
        assertThat(entries.get(1).path("window_ends").asText()).isEqualTo("2026-01-02T03:14:05.678Z");
        assertThat(fieldNames(entries.get(2))).containsExactly("id", "type", "ticket", "at");
        JsonNode held = entries.get(3);
        assertThat(held.path("reservation_id").asText()).isEqualTo("R1");
        assertThat(held.path("seat_ids").isArray()).isTrue();
        assertThat(List.of(held.path("seat_ids").get(0).asText(), held.path("seat_ids").get(1).asText()))
                .as("in the order held").containsExactly("B2", "A1");
        assertThat(held.path("hold_ends").asText()).isEqualTo("2026-01-02T03:06:05.678Z");
        assertThat(entries.get(4).path("type").asText()).isEqualTo("confirmed");
        assertThat(entries.get(5).path("reason").asText()).isEqualTo("purchased");
        assertThat(entries.get(6).path("was").asText()).isEqualTo("waiting");
        assertThat(reply.json().has("next")).isTrue();
        assertThat(reply.json().path("next").isNull()).as("the end of the log").isTrue();
    }

    @Test
    void thePagingParametersReachTheLogAndNextIsTheCursorOfTheFollowingPage() {
        personLog.answer("ann", new LogPage(List.of(entry(8, LogEntryType.JOINED, Map.of("position", "1"))),
                Optional.of(new LogCursor(AT, 8))));

        Reply page = api.userLog("festival", "user_id=ann&limit=1&after=" + AT + "-7");
        Reply defaults = api.userLog("festival", "user_id=ann&limit=&after=");

        assertThat(page.json().path("next").asText()).isEqualTo(AT + "-8");
        assertThat(defaults.status()).as("empty parameters count as absent").isEqualTo(200);
        assertThat(personLog.asked()).containsExactly("festival/ann after " + AT + "-7 limit 1", "festival/ann after - limit 100");
    }

    @Test
    void aUserWithoutHistoryGetsAnEmptyList() {
        Reply reply = api.userLog("festival", "user_id=nobody&limit=1000");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().body()).isEqualTo("{\"entries\":[],\"next\":null}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no user                | limit=5                         | INVALID_USER_ID
            empty user             | user_id=                        | INVALID_USER_ID
            malformed user         | user_id=a%20b                   | INVALID_USER_ID
            user too long          | user_id=uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu | INVALID_USER_ID
            limit zero             | user_id=ann&limit=0             | INVALID_LIMIT
            limit above the range  | user_id=ann&limit=1001          | INVALID_LIMIT
            limit negative         | user_id=ann&limit=-5            | INVALID_LIMIT
            limit a fraction       | user_id=ann&limit=2.5           | INVALID_LIMIT
            limit a word           | user_id=ann&limit=ten           | INVALID_LIMIT
            limit beyond any int   | user_id=ann&limit=99999999999   | INVALID_LIMIT
            cursor a word          | user_id=ann&after=abc           | INVALID_CURSOR
            cursor without sequence| user_id=ann&after=123-          | INVALID_CURSOR
            cursor negative        | user_id=ann&after=-1-0          | INVALID_CURSOR
            cursor one number      | user_id=ann&after=123           | INVALID_CURSOR
            """)
    void badParametersOfTheAdminLogAre400(String why, String query, String code) {
        Reply reply = api.userLog("festival", query);

        assertThat(reply.status()).as(why).isEqualTo(400);
        assertThat(reply.errorCode()).as(why).isEqualTo(code);
        assertThat(personLog.asked()).as(why + ": nothing was read").isEmpty();
    }

    @Test
    void theLogOfAnUnknownEventIsNotFoundAndAMalformedOneIs400() {
        assertThat(api.userLog("nothing-here", "user_id=ann").errorCode()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(api.userLog("nothing-here", "user_id=ann").status()).isEqualTo(404);
        assertThat(api.userLog("bad~event", "user_id=ann").errorCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void theAdminLogNeedsTheAdminToken() {
        Reply refused = api.get("/api/v1/admin/events/festival/log?user_id=ann");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(personLog.asked()).isEmpty();
    }

    @Test
    void aTokensHistoryIsThePageOfItsPersonWithTheTokensEvent() {
        personLog.answer(TOKEN, new LogPage(List.of(entry(1, LogEntryType.JOINED, Map.of("position", "1"))), Optional.empty()));

        Reply reply = api.history("token=" + TOKEN + "&limit=5&after=1-2");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("entries").get(0).path("ticket").asText()).isEqualTo(TOKEN);
        assertThat(reply.json().path("next").isNull()).isTrue();
        assertThat(personLog.asked()).containsExactly(TOKEN + " after 1-2 limit 5");
        Reply posted = api.send(api.request("/api/v1/queue/history?token=" + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.header("Allow")).isEqualTo("GET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no token                  | limit=5                                    | 400 | MISSING_TOKEN
            empty token               | token=                                     | 400 | MISSING_TOKEN
            malformed token           | token=not-a-token                          | 404 | TOKEN_NOT_FOUND
            unknown token             | token=festival~BBBBBBBBBBBBBBBBBBBBBB      | 404 | TOKEN_NOT_FOUND
            limit above the range     | token=festival~AAAAAAAAAAAAAAAAAAAAAA&limit=1001 | 400 | INVALID_LIMIT
            cursor malformed          | token=festival~AAAAAAAAAAAAAAAAAAAAAA&after=1_2  | 400 | INVALID_CURSOR
            """)
    void badQueriesOfTheHistoryAreRefused(String why, String query, int status, String code) {
        personLog.answer(TOKEN, LogPage.EMPTY);

        Reply reply = api.history(query);

        assertThat(reply.status()).as(why).isEqualTo(status);
        assertThat(reply.errorCode()).as(why).isEqualTo(code);
    }

    @Test
    void withTheFlagOnAJoinIsLoggedAndReadBothWaysAndALeftTokenIsForgotten() {
        WaitingRoomHttpServer real = TestServers.start(TestServers.inMemoryUseCases());
        try {
            ApiClient client = new ApiClient(real.port());
            client.configure("concert", "{}");
            String unlogged = client.join("concert", "ann", "k1").json().path("waiting_token").asText();
            client.changeFlag("streams_queue", "{\"enabled\":true}");
            String logged = client.join("concert", "ann", "k2").json().path("waiting_token").asText();

            JsonNode byToken = client.history("token=" + logged).json();
            JsonNode byUser = client.userLog("concert", "user_id=ann").json();

            assertThat(byToken.path("entries")).hasSize(1);
            assertThat(byToken.path("entries").get(0).path("type").asText()).isEqualTo("joined");
            assertThat(byToken.path("entries").get(0).path("ticket").asText()).isEqualTo(logged);
            assertThat(byToken.path("entries").get(0).path("position").asLong()).isEqualTo(2);
            assertThat(byUser).isEqualTo(byToken);
            assertThat(client.history("token=" + unlogged).json()).as("the same user's log, though this entry keeps none")
                    .isEqualTo(byToken);
            client.leave(logged);
            assertThat(client.history("token=" + logged).errorCode()).isEqualTo("TOKEN_NOT_FOUND");
            assertThat(client.userLog("concert", "user_id=ann").json().path("entries").get(1).path("type").asText())
                    .isEqualTo("left");
        } finally {
            real.stop();
        }
    }

    @Test
    void aStoreThatIsDownIs503() {
        WaitingRoomHttpServer down = TestServers.start(TestServers.unavailableUseCases(Duration.ofSeconds(3)));
        try {
            ApiClient client = new ApiClient(down.port());
            Reply history = client.history("token=" + TOKEN);
            Reply log = client.userLog("festival", "user_id=ann");

            assertThat(history.status()).isEqualTo(503);
            assertThat(history.errorCode()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(history.header("Retry-After")).isEqualTo("3");
            assertThat(log.status()).isEqualTo(503);
        } finally {
            down.stop();
        }
    }

    private static LogEntry entry(long sequence, LogEntryType type, Map<String, String> details) {
        return new LogEntry(new LogCursor(AT, sequence), type, TICKET, Instant.ofEpochMilli(AT), details);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
