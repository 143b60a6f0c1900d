package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seat holds over HTTP on the in-memory store: the admitted person's pass is the bearer token, got through
 * the real queue (join, an admission round run by the test, enter). The store's clock is moved by the test.
 */
class ReservationApiTest {

    private static final String EVENT = "concert";

    /** An admitted person: the waiting token, and the pass of its admission window. */
    private record Admitted(String waitingToken, String pass) {
    }

    private final MovableClock storeClock = new MovableClock();
    private WaitingRoomUseCases useCases;
    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        useCases = TestServers.inMemoryUseCases(storeClock);
        server = TestServers.start(useCases);
        api = new ApiClient(server.port());
        assertThat(api.configure(EVENT, "{\"paused\":false,\"admission_rate_per_sec\":1000,"
                + "\"seats\":[\"A1\",\"A2\",\"A3\",\"B1\",\"B2\"]}").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /**
     * Joins, is admitted and enters. An admission round skips for a second an event it found idle, so a test
     * that admits people of two events joins them all before the round ({@link #entered}).
     */
    private Admitted admitted(String event) {
        String token = api.join(event).json().path("waiting_token").asText();
        useCases.admitPeople().admit();
        return entered(token);
    }

    private Admitted entered(String token) {
        Reply entered = api.enter("{\"waiting_token\":\"" + token + "\"}");
        assertThat(entered.status()).as(entered.raw().body()).isEqualTo(200);
        return new Admitted(token, entered.json().path("reservation_token").asText());
    }

    private Admitted admitted() {
        return admitted(EVENT);
    }

    private String held(String pass, String... seats) {
        Reply hold = api.hold(pass, EVENT, seats);
        assertThat(hold.status()).as(hold.raw().body()).isEqualTo(201);
        return hold.json().path("reservation_id").asText();
    }

    private JsonNode stats() {
        return api.stats(EVENT).json();
    }

    private List<String> seatStates() {
        List<String> states = new ArrayList<>();
        api.seats(EVENT).json().path("seats").forEach(seat ->
                states.add(seat.path("seat_id").asText() + "=" + seat.path("status").asText()));
        return states;
    }

    @Test
    void aHoldIsAnsweredWithTheReservationReadableByItsHolderAndConfirmingSellsItsSeats() {
        Admitted ann = admitted();
        Instant before = storeClock.instant();

        Reply hold = api.hold(ann.pass(), EVENT, "B1", "A2");

        assertThat(hold.status()).isEqualTo(201);
        JsonNode held = hold.json();
        String id = held.path("reservation_id").asText();
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(hold.header("Location")).isEqualTo("/api/v1/reservations/" + id);
        assertThat(held.path("status").asText()).isEqualTo("HOLD");
        assertThat(held.path("event_id").asText()).isEqualTo(EVENT);
        assertThat(held.path("seat_ids").toString()).as("in the order asked").isEqualTo("[\"B1\",\"A2\"]");
        assertThat(held.path("remaining").asLong()).isEqualTo(3);
        assertThat(held.path("hold_expires_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(RFC3339.of(before.plusSeconds(300)));
        assertThat(seatStates()).containsExactly("A1=AVAILABLE", "A2=HELD", "A3=AVAILABLE", "B1=HELD", "B2=AVAILABLE");

        Reply read = api.reservation(ann.pass(), id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("status").asText()).isEqualTo("HOLD");
        assertThat(read.json().has("remaining")).as("only the hold's answer has it").isFalse();

        Reply confirmed = api.confirm(ann.pass(), id);
        Reply again = api.confirm(ann.pass(), id);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(confirmed.json());
        assertThat(api.reservation(ann.pass(), id).json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(seatStates()).containsExactly("A1=AVAILABLE", "A2=SOLD", "A3=AVAILABLE", "B1=SOLD", "B2=AVAILABLE");
        JsonNode stats = stats();
        assertThat(stats.path("seats_available").asLong()).isEqualTo(3);
        assertThat(stats.path("seats_held").asLong()).isZero();
        assertThat(stats.path("seats_sold").asLong()).isEqualTo(2);
        assertThat(stats.path("active").asLong()).as("the confirm closed the admission window").isZero();
        assertThat(api.status(ann.waitingToken()).errorCode()).isEqualTo("TOKEN_EXPIRED");
        assertThat(api.cancel(ann.pass(), id).errorCode()).isEqualTo("RESERVATION_ALREADY_CONFIRMED");
        Reply holdAfterPurchase = api.hold(ann.pass(), EVENT, "A1");
        assertThat(holdAfterPurchase.status()).as("the window was used by the purchase").isEqualTo(401);
        assertThat(holdAfterPurchase.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
    }

    @Test
    void cancellingGivesTheSeatsBackAndThePersonMayHoldOthersInTheSameWindow() {
        Admitted ann = admitted();
        String id = held(ann.pass(), "A1", "A2");

        Reply cancelled = api.cancel(ann.pass(), id);
        Reply again = api.cancel(ann.pass(), id);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(cancelled.json());
        assertThat(stats().path("seats_available").asLong()).isEqualTo(5);
        assertThat(api.confirm(ann.pass(), id).errorCode()).isEqualTo("RESERVATION_ALREADY_CANCELLED");
        assertThat(api.confirm(ann.pass(), id).status()).isEqualTo(409);
        Reply holdAgain = api.hold(ann.pass(), EVENT, "A1", "B2");
        assertThat(holdAgain.status()).isEqualTo(201);
        assertThat(holdAgain.json().path("remaining").asLong()).isEqualTo(3);
    }

    @Test
    void aHoldThatRanOutIsExpiredAndItsSeatsAreAvailableAgain() {
        api.configure(EVENT, "{\"hold_ttl_sec\":10}");
        Admitted ann = admitted();
        String id = held(ann.pass(), "A1");

        storeClock.pass(Duration.ofSeconds(10));

        Reply confirm = api.confirm(ann.pass(), id);
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.errorCode()).isEqualTo("RESERVATION_EXPIRED");
        assertThat(api.reservation(ann.pass(), id).json().path("status").asText()).isEqualTo("EXPIRED");
        assertThat(api.cancel(ann.pass(), id).errorCode()).isEqualTo("RESERVATION_EXPIRED");
        assertThat(stats().path("seats_available").asLong()).isEqualTo(5);
        assertThat(stats().path("seats_held").asLong()).isZero();
    }

    @Test
    void theExpiryRoundReleasesHoldsNobodyAsksAbout() {
        api.configure(EVENT, "{\"hold_ttl_sec\":10}");
        held(admitted().pass(), "A1", "A2");
        held(admitted().pass(), "B1");

        storeClock.pass(Duration.ofSeconds(10));
        assertThat(useCases.releaseExpiredHolds().release().expired()).isEqualTo(2);

        assertThat(stats().path("seats_available").asLong()).isEqualTo(5);
        assertThat(seatStates()).allSatisfy(state -> assertThat(state).endsWith("=AVAILABLE"));
        assertThat(useCases.releaseExpiredHolds().release().expired()).as("exactly once").isZero();
    }

    @Test
    void aSeatTakenByAnotherRefusesTheWholeHoldNamingIt() {
        held(admitted().pass(), "A2");
        Admitted bob = admitted();

        Reply refused = api.hold(bob.pass(), EVENT, "A1", "A2", "A3");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("SEAT_UNAVAILABLE");
        assertThat(refused.json().path("unavailable_seats").toString()).isEqualTo("[\"A2\"]");
        assertThat(refused.json().path("error").path("message").asText()).contains("A2");
        assertThat(seatStates()).as("all or nothing").containsExactly("A1=AVAILABLE", "A2=HELD", "A3=AVAILABLE",
                "B1=AVAILABLE", "B2=AVAILABLE");
    }

    @Test
    void aSecondHoldWhileOneIsOpenNamesTheOpenOne() {
        Admitted ann = admitted();
        String id = held(ann.pass(), "A1");

        Reply second = api.hold(ann.pass(), EVENT, "B1");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("HOLD_EXISTS");
        assertThat(second.json().path("reservation_id").asText()).isEqualTo(id);
    }

    @Test
    void noAvailableSeatAtAllIsSoldOut() {
        api.configure("small", "{\"paused\":false,\"seats\":[\"S1\"]}");
        Admitted ann = admitted("small");
        Admitted bob = admitted("small");
        assertThat(api.hold(ann.pass(), "small", "S1").status()).isEqualTo(201);

        Reply soldOut = api.hold(bob.pass(), "small", "S1");

        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.errorCode()).isEqualTo("SOLD_OUT");
    }

    @Test
    void moreSeatsThanTheEventAllowsInOneHoldAreRefusedByTheStore() {
        api.configure(EVENT, "{\"max_seats_per_hold\":2}");

        Reply refused = api.hold(admitted().pass(), EVENT, "A1", "A2", "A3");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("TOO_MANY_SEATS");
        assertThat(refused.json().path("error").path("message").asText()).contains("2");
    }

    @Test
    void seatsTheEventDoesNotHaveAreInvalidAndNamed() {
        Reply refused = api.hold(admitted().pass(), EVENT, "A1", "Z9", "Q7");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("INVALID_SEAT");
        assertThat(refused.json().path("error").path("message").asText()).contains("Z9, Q7");
        assertThat(stats().path("seats_available").asLong()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a malformed seat id      | 400 | INVALID_SEAT     | {"event_id":"concert","seat_ids":["A1","bad seat"]} | seat_ids[1]
            a seat twice             | 400 | INVALID_SEAT     | {"event_id":"concert","seat_ids":["A1","A2","A1"]}  | A1 is asked for twice
            an empty list            | 400 | INVALID_SEAT     | {"event_id":"concert","seat_ids":[]}                | empty
            not an array             | 400 | INVALID_SEAT     | {"event_id":"concert","seat_ids":"A1"}              | array
            no seat_ids              | 400 | INVALID_SEAT     | {"event_id":"concert"}                              | seat_ids is required
            a number in the list     | 400 | INVALID_SEAT     | {"event_id":"concert","seat_ids":[1]}               | seat_ids[0]
            no event_id              | 400 | MISSING_EVENT_ID | {"seat_ids":["A1"]}                                 | event_id
            a malformed event_id     | 400 | INVALID_REQUEST  | {"event_id":"con cert","seat_ids":["A1"]}           | event_id
            an unknown field         | 400 | INVALID_REQUEST  | {"event_id":"concert","seat_ids":["A1"],"x":1}      | 'x'
            malformed JSON           | 400 | INVALID_REQUEST  | {"event_id":                                        | JSON
            not an object            | 400 | INVALID_REQUEST  | ["A1"]                                              | object
            """)
    void aMalformedHoldIsRefusedBeforeTheStore(String why, int status, String code, String body, String message) {
        Reply reply = api.hold(admitted().pass(), body);

        assertThat(reply.status()).as(why).isEqualTo(status);
        assertThat(reply.errorCode()).as(why).isEqualTo(code);
        assertThat(reply.json().path("error").path("message").asText()).as(why).contains(message);
        assertThat(stats().path("seats_held").asLong()).as(why).isZero();
    }

    @Test
    void moreSeatsThanAnyEventAllowsInOneHoldAreRefusedBeforeTheStore() {
        String[] seats = new String[101];
        for (int i = 0; i < seats.length; i++) {
            seats[i] = "S" + i;
        }

        Reply refused = api.hold(admitted().pass(), EVENT, seats);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("TOO_MANY_SEATS");
        assertThat(refused.json().path("error").path("message").asText()).contains("101").contains("100");
    }

    @Test
    void anotherPersonsValidTokenFindsNoReservation() {
        Admitted ann = admitted();
        String id = held(ann.pass(), "A1");
        Admitted bob = admitted();

        for (Reply reply : List.of(api.reservation(bob.pass(), id), api.confirm(bob.pass(), id), api.cancel(bob.pass(), id))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
        }
        assertThat(api.reservation(ann.pass(), id).json().path("status").asText()).as("untouched").isEqualTo("HOLD");
    }

    @Test
    void aReservationIdThatIsNoneOfOursOrUnknownIsNotFound() {
        Admitted ann = admitted();

        assertThat(api.reservation(ann.pass(), "AAAAAAAAAAAAAAAAAAAAAA").errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
        assertThat(api.confirm(ann.pass(), "not.an.id").errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
        assertThat(api.cancel(ann.pass(), "x:y").status()).isEqualTo(404);
    }

    @Test
    void aPassForAnotherEventIsRefusedForAHoldOfThisOne() {
        api.configure("opera", "{\"paused\":false,\"seats\":[\"A1\"]}");
        Admitted operaGoer = admitted("opera");

        Reply refused = api.hold(operaGoer.pass(), EVENT, "A1");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(stats().path("seats_held").asLong()).isZero();
    }

    @Test
    void aReservationIsLookedUpInTheEventOfThePass() {
        api.configure("opera", "{\"paused\":false,\"seats\":[\"A1\"]}");
        String annToken = api.join(EVENT).json().path("waiting_token").asText();
        String operaToken = api.join("opera").json().path("waiting_token").asText();
        useCases.admitPeople().admit();
        Admitted ann = entered(annToken);
        String id = held(ann.pass(), "A1");

        assertThat(api.reservation(entered(operaToken).pass(), id).errorCode()).isEqualTo("RESERVATION_NOT_FOUND");
    }

    @Test
    void aWindowClosedByLeavingCannotHoldNorConfirmButMayStillCancel() {
        Admitted ann = admitted();
        String id = held(ann.pass(), "A1");
        Admitted bob = admitted();
        api.leave(ann.waitingToken());
        api.leave(bob.waitingToken());

        Reply confirm = api.confirm(ann.pass(), id);
        Reply hold = api.hold(bob.pass(), EVENT, "B1");

        assertThat(confirm.status()).isEqualTo(401);
        assertThat(confirm.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
        assertThat(api.reservation(ann.pass(), id).json().path("status").asText()).as("nothing changed").isEqualTo("HOLD");
        assertThat(hold.status()).isEqualTo(401);
        assertThat(hold.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
        assertThat(api.cancel(ann.pass(), id).json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void removingAHeldOrSoldSeatIsRefusedNamingItAndNothingOfTheUpdateIsApplied() {
        Admitted ann = admitted();
        api.confirm(ann.pass(), held(ann.pass(), "A1"));
        held(admitted().pass(), "B1");

        Reply refused = api.configure(EVENT, "{\"seats\":[\"C1\"],\"remove_seats\":[\"A3\",\"B1\",\"A1\"],"
                + "\"max_seats_per_hold\":3}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("SEAT_IN_USE");
        assertThat(refused.json().path("error").path("message").asText()).contains("B1, A1").doesNotContain("A3");
        assertThat(seatStates()).containsExactly("A1=SOLD", "A2=AVAILABLE", "A3=AVAILABLE", "B1=HELD", "B2=AVAILABLE");
        assertThat(api.configure(EVENT, "{}").json().path("max_seats_per_hold").asInt()).isEqualTo(8);
    }

    @Test
    void theSeatMapNeedsNoTokenAndShowsEverySeatInOrder() {
        api.configure(EVENT, "{\"seats\":[\"A10\",\"0\"],\"remove_seats\":[\"B2\"]}");
        held(admitted().pass(), "A3");

        Reply map = api.seats(EVENT);

        assertThat(map.status()).isEqualTo(200);
        assertThat(map.header("Cache-Control")).as("these servers keep no seat map").isEqualTo("no-cache");
        assertThat(map.json().path("event_id").asText()).isEqualTo(EVENT);
        assertThat(map.json().path("available").asLong()).isEqualTo(5);
        assertThat(seatStates()).containsExactly("0=AVAILABLE", "A1=AVAILABLE", "A10=AVAILABLE", "A2=AVAILABLE",
                "A3=HELD", "B1=AVAILABLE");
    }

    @Test
    void anEventWithoutSeatsHasAnEmptySeatMapAndAnUnknownEventNone() {
        api.configure("standing", "{}");

        Reply empty = api.seats("standing");
        Reply unknown = api.seats("nowhere");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("seats").isArray()).isTrue();
        assertThat(empty.json().path("seats").size()).isZero();
        assertThat(empty.json().path("available").asLong()).isZero();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("EVENT_NOT_FOUND");
        assertThat(api.seats("bad~id").errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(api.send(api.request("/api/v1/events/concert/seats").DELETE()).status()).isEqualTo(405);
    }

    @Test
    void theReservationRoutesAnswerOnlyTheirMethods() {
        Reply getHolds = api.get("/api/v1/reservations");
        Reply putConfirm = api.send(api.request("/api/v1/reservations/AAAAAAAAAAAAAAAAAAAAAA/confirm")
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(getHolds.status()).isEqualTo(405);
        assertThat(getHolds.header("Allow")).isEqualTo("POST");
        assertThat(putConfirm.status()).isEqualTo(405);
    }

    /** RFC 3339 as the API writes it: UTC, milliseconds always. */
    private static final class RFC3339 {
        static String of(Instant instant) {
            return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(instant);
        }
    }
}
