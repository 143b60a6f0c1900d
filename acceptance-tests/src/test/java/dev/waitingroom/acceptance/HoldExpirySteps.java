package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hold running out with nobody asking about it. The seats are watched through the seat map, which
 * shows them as they are and gives nothing back itself (only reading or confirming the reservation
 * would), so seeing the seats given back shows that the waiting room's own expiry gave them back.
 */
public final class HoldExpirySteps {

    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(100);
    /** Longer than any expiry may take, so that a late one fails on the step that says how late, not here. */
    private static final Duration LONGEST_WAIT_AFTER_THE_END = Duration.ofSeconds(30);
    /** The end of a hold is named to the second at least; the wall clocks of the store and of the test agree. */
    private static final Duration PRECISION = Duration.ofSeconds(1);

    // Cucumber makes a new instance of the class for every scenario
    private ReservationBook.Hold watched;
    private Instant givenBackSeenAt;
    private Map<Integer, ExpiryCounters> expiryBefore = Map.of();

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    private static Map<Integer, ExpiryCounters> expiryCounters() {
        Map<Integer, ExpiryCounters> counters = new HashMap<>();
        for (int gateway = 0; gateway < world().client().gateways(); gateway++) {
            counters.put(gateway, ExpiryCounters.of(world().client().metrics(gateway)));
        }
        return counters;
    }

    /** Each look is one read of the seat map, which shows every seat of a hold in the same state, or it is a bug. */
    @When("the hold of {string} runs out, with nobody asking about it")
    public void runsOut(String person) {
        watched = world().reservations().lastTakenHoldOf(person);
        expiryBefore = expiryCounters();
        Instant end = ReservationSteps.holdEnd(watched.reply());
        long deadline = Pause.deadlineIn(Duration.between(Instant.now(), end).plus(LONGEST_WAIT_AFTER_THE_END));
        Pause.until(deadline, BETWEEN_LOOKS, SeatSteps::seatMap, map -> {
            List<String> states = watched.seats().stream().map(map::stateOf).distinct().toList();
            assertThat(states).as("the seats of the hold, all in one state: %s", map).hasSize(1);
            return states.getFirst().equals(SeatMapShown.AVAILABLE);
        }, "the seats " + watched.seats() + " to be given back");
        givenBackSeenAt = Instant.now();
    }

    /** The window's end is the end of the entry pass, named to the second. */
    @Then("the hold of {string} ends when her/his/their admission window ends, long before its {int} seconds")
    public void endsWithTheWindow(String person, int seconds) throws ParseException {
        ReservationBook.Hold hold = world().reservations().lastTakenHoldOf(person);
        ReservationSteps.assertReservation(hold.reply(), "HOLD", hold.seats());
        Instant windowEnd = SignedJWT.parse(world().entryPassOf(person)).getJWTClaimsSet().getExpirationTime().toInstant();
        Instant end = ReservationSteps.holdEnd(hold.reply());
        assertThat(Duration.between(windowEnd, end).abs()).as("the end of the hold (%s) against the end of the window (%s)",
                end, windowEnd).isLessThanOrEqualTo(PRECISION);
        assertThat(end).as("the end of the hold").isBefore(hold.sentAt().plusSeconds(seconds).minus(Duration.ofMinutes(1)));
    }

    @Then("the seats were given back no sooner than the end of the hold, and within {int} seconds of it")
    public void givenBackInTime(int seconds) {
        assertThat(watched).as("a hold was watched running out").isNotNull();
        Instant end = ReservationSteps.holdEnd(watched.reply());
        assertThat(givenBackSeenAt).as("when the seats of %s were seen given back", watched.reply())
                .isAfterOrEqualTo(end.minus(PRECISION))
                .isBeforeOrEqualTo(end.plusSeconds(seconds));
    }

    /** Each gateway is asked in turn, again and again: a hold given back twice would show one seat too many. */
    @Then("for the next {int} seconds, every gateway shows exactly {int} seats available")
    public void availableStays(int seconds, long available) {
        WaitingRoomClient client = world().client();
        long end = Pause.deadlineIn(Duration.ofSeconds(seconds));
        int looks = 0;
        do {
            for (int gateway = 0; gateway < client.gateways(); gateway++) {
                SeatMapShown map = SeatMapShown.of(client.seatMap(world().eventId(), gateway));
                SeatInventory.Counters counters = SeatInventory.Counters.of(client.stats(world().eventId(), gateway));
                assertThat(map.available()).as("seats available on gateway %d: %s", gateway, map).isEqualTo(available);
                assertThat(counters.available()).as("seats available on gateway %d: %s", gateway, counters.stats())
                        .isEqualTo(available);
            }
            looks++;
            Pause.millis(200);
        } while (System.nanoTime() < end);
        assertThat(looks).as("looks in %d seconds", seconds).isGreaterThanOrEqualTo(seconds);
    }

    @Then("every gateway was looking for holds that ran out while the hold of {string} ran out")
    public void everyGatewayLooked(String person) {
        assertThat(expiryBefore).as("the hold of %s was watched running out", person).isNotEmpty();
        expiryCounters().forEach((gateway, now) -> assertThat(now.rounds())
                .as("expiry rounds of gateway %d while the hold ran out", gateway)
                .isGreaterThan(expiryBefore.get(gateway).rounds()));
    }

    /** No other scenario leaves a hold open to run out meanwhile (see the hooks of the reservation steps). */
    @Then("the gateways together gave back exactly {int} hold(s)")
    public void gatewaysGaveBack(int holds) {
        assertThat(expiryBefore).as("a hold was watched running out").isNotEmpty();
        // a sweep counts what it gave back once its store call has returned: a moment after the seat map shows it
        double total = Pause.until(Pause.deadlineIn(Duration.ofSeconds(5)), BETWEEN_LOOKS, this::givenBackSinceTheHold,
                given -> given >= holds, holds + " holds counted as given back");
        assertThat(total).as("holds given back by the expiry of every gateway since the hold was made").isEqualTo(holds);
    }

    private double givenBackSinceTheHold() {
        double total = 0;
        for (var now : expiryCounters().entrySet()) {
            total += now.getValue().givenBack() - expiryBefore.get(now.getKey()).givenBack();
        }
        return total;
    }

    @Then("every gateway tells {string} the reservation has expired, with the seats {seats}")
    public void everyGatewayTellsExpired(String person, List<String> seats) {
        WaitingRoomClient client = world().client();
        String pass = world().entryPassOf(person);
        String id = world().reservations().reservationOf(person);
        for (int gateway = 0; gateway < client.gateways(); gateway++) {
            ReservationSteps.assertReservation(client.reservation(pass, id, gateway), "EXPIRED", seats);
        }
    }
}
