package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Holding seats with an entry pass, and what becomes of a hold: read, confirmed or cancelled by the
 * person who made it, and by nobody else.
 */
public final class ReservationSteps {

    /** A reservation id of the right shape that the waiting room never gave out. */
    private static final String NEVER_GIVEN_OUT = "AAAAAAAAAAAAAAAAAAAAAA";

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("{string} holds the seat(s) {seats}")
    public void holds(String person, List<String> seats) {
        hold(person, world().entryPassOf(person), seats);
    }

    @Given("{string} has held the seat(s) {seats}")
    public void hasHeld(String person, List<String> seats) {
        Reply reply = hold(person, world().entryPassOf(person), seats);
        assertThat(reply.status()).as("%s held %s: %s", person, seats, reply).isEqualTo(201);
    }

    @Given("{string} has bought the seat(s) {seats}")
    public void hasBought(String person, List<String> seats) {
        hasHeld(person, seats);
        confirms(person);
        assertReservation(world().lastReply(), "CONFIRMED", seats);
    }

    /** Seats asked for right or wrong, with the person's own pass. */
    @When("{string} asks to hold {seatRequest}")
    public void asksToHold(String person, List<String> seats) {
        hold(person, world().entryPassOf(person), seats);
    }

    /**
     * The hold lasts the hold time from the moment it was made, which lies between the sending of the
     * request and its answer; the time is named to the second at least, hence a second either way.
     */
    @Then("{string} has the seat(s) {seats} on hold for {int} seconds")
    public void hasOnHold(String person, List<String> seats, int seconds) {
        ReservationBook.Hold hold = world().reservations().lastTakenHoldOf(person);
        JsonNode body = hold.reply().body();
        assertReservation(hold.reply(), "HOLD", seats);
        Instant end = holdEnd(hold.reply());
        assertThat(end).as("the end of the hold of %s: %s", person, hold.reply()).isBetween(
                hold.sentAt().plusSeconds(seconds).minusSeconds(1), hold.answeredAt().plusSeconds(seconds).plusSeconds(1));
        // nobody else holds or gives back seats here: what was left after the hold is what is left now
        assertThat(body.path("remaining").canConvertToExactIntegral()).as("seats remaining in %s", hold.reply()).isTrue();
        assertThat(body.path("remaining").asLong()).as("seats remaining after the hold: %s", hold.reply())
                .isEqualTo(SeatSteps.seatMap().available());
    }

    @When("{string} confirms the reservation")
    public void confirms(String person) {
        String id = world().reservations().reservationOf(person);
        answered(person, world().client().confirm(world().entryPassOf(person), id));
    }

    @When("{string} confirms the reservation again")
    public void confirmsAgain(String person) {
        confirms(person);
    }

    @When("{string} cancels the reservation")
    public void cancels(String person) {
        String id = world().reservations().reservationOf(person);
        answered(person, world().client().cancel(world().entryPassOf(person), id));
    }

    @When("{string} cancels the reservation again")
    public void cancelsAgain(String person) {
        cancels(person);
    }

    @When("{string} {reservationAction} the reservation of {string}")
    public void actsOnTheReservationOf(String person, String action, String holder) {
        act(person, action, world().reservations().reservationOf(holder));
    }

    @When("{string} {reservationAction} a reservation that was never made")
    public void actsOnAReservationNeverMade(String person, String action) {
        act(person, action, NEVER_GIVEN_OUT);
    }

    /** The last answer about the person's reservation. */
    @Then("{string} is told the reservation is {word}, with the seat(s) {seats}")
    public void toldTheReservationIs(String person, String status, List<String> seats) {
        assertReservation(world().reservations().answersFor(person).getLast(), status.toUpperCase(Locale.ROOT), seats);
    }

    /** A confirm or cancel sent again changes nothing, and answers exactly as the first did. */
    @Then("{string} is told exactly the same as the first time")
    public void toldTheSame(String person) {
        List<Reply> answers = world().reservations().answersFor(person);
        assertThat(answers).as("answers to %s", person).hasSizeGreaterThanOrEqualTo(2);
        Reply first = answers.get(answers.size() - 2);
        Reply again = answers.getLast();
        assertThat(again.status()).as("the answer again: %s", again).isEqualTo(first.status());
        assertThat(again.body()).as("the answer again, against the first: %s", first).isEqualTo(first.body());
    }

    @Then("the reservation of {string} is still a hold of the seat(s) {seats}")
    public void stillAHold(String person, List<String> seats) {
        assertReservation(readOwn(person), "HOLD", seats);
    }

    @Then("the refusal names the seat(s) {seats} as taken")
    public void refusalNamesTaken(List<String> seats) {
        JsonNode named = world().lastReply().body().path("unavailable_seats");
        assertThat(named.isArray()).as("the seats taken, in %s", world().lastReply()).isTrue();
        List<String> taken = new ArrayList<>();
        named.forEach(seat -> taken.add(seat.asText()));
        assertThat(taken).as("the seats the refusal names as taken").containsExactlyElementsOf(seats);
    }

    @Then("the refusal points to the reservation of {string}")
    public void refusalPointsToTheReservation(String person) {
        assertThat(world().lastReply().body().path("reservation_id").asText()).as("the reservation %s", world().lastReply())
                .isEqualTo(world().reservations().reservationOf(person));
    }

    /**
     * Holds a scenario leaves open are cancelled once it is over (after the inventory check), so that
     * none runs out while a later scenario counts the holds the gateways give back. What the cancel
     * answers does not matter: a hold confirmed, or already given back, stays as it is. After every
     * scenario, not only the seats' ones: the person log's scenarios hold for 300 s, and one such hold ran
     * out during the hold-expiry scenario of a Cluster run, which then counted two holds given back.
     */
    @After(order = 15_000)
    public void cancelHoldsLeftOpen() {
        WaitingRoomClient client = world().client();
        world().reservations().takenHolds().forEach((person, holds) -> {
            String pass = world().entryPassOf(person);
            holds.forEach(hold -> client.cancel(pass, hold.reservationId()));
        });
    }

    /** Sends a hold for the person with the pass given (none when null), and keeps it with its timing. */
    static Reply hold(String person, String pass, List<String> seats) {
        Instant sentAt = Instant.now();
        Reply reply = world().client().hold(pass, world().eventId(), seats);
        world().reservations().held(person, new ReservationBook.Hold(seats, sentAt, Instant.now(), reply));
        return world().answered(reply);
    }

    static Reply readOwn(String person) {
        return world().client().reservation(world().entryPassOf(person), world().reservations().reservationOf(person));
    }

    /** The reservation as a hold, read, confirm or cancel answered it. */
    static void assertReservation(Reply reply, String status, List<String> seats) {
        assertThat(reply.status()).as("an answer with the reservation: %s", reply).isIn(200, 201);
        JsonNode body = reply.body();
        assertThat(body.path("reservation_id").asText()).as("the reservation's id in %s", reply).isNotBlank();
        assertThat(body.path("status").asText()).as("the reservation's status in %s", reply).isEqualTo(status);
        assertThat(body.path("event_id").asText()).as("the reservation's event in %s", reply).isEqualTo(world().eventId());
        List<String> shown = new ArrayList<>();
        body.path("seat_ids").forEach(seat -> shown.add(seat.asText()));
        assertThat(shown).as("the reservation's seats, in the order asked for, in %s", reply).containsExactlyElementsOf(seats);
        holdEnd(reply);
    }

    static Instant holdEnd(Reply reply) {
        String end = reply.body().path("hold_expires_at").asText();
        try {
            return OffsetDateTime.parse(end).toInstant();
        } catch (RuntimeException e) {
            throw new AssertionError("hold_expires_at is not an RFC 3339 time in " + reply, e);
        }
    }

    private static void act(String person, String action, String reservationId) {
        String pass = world().entryPassOf(person);
        WaitingRoomClient client = world().client();
        Reply reply = switch (action) {
            case "reads" -> client.reservation(pass, reservationId);
            case "confirms" -> client.confirm(pass, reservationId);
            case "cancels" -> client.cancel(pass, reservationId);
            default -> throw new IllegalArgumentException("no such action on a reservation: " + action);
        };
        world().answered(reply);
    }

    private static void answered(String person, Reply reply) {
        world().reservations().answered(person, reply);
        world().answered(reply);
    }
}
