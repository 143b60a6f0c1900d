package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seats of an event: those the operator gives it, and what the seat map and the event's counters
 * show of them. After every scenario about seats, the counters are held to the seats' real states.
 */
public final class SeatSteps {

    // Cucumber makes a new instance of the class for every scenario
    private SeatMapShown mapBefore;
    private SeatInventory.Counters countersBefore;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("an event with the seats {seats}")
    public void anEventWithSeats(List<String> seats) {
        newEvent(seats, Map.of());
    }

    /** Settings of the seats or of admission, as the features name them; the rest keep their defaults. */
    @Given("an event with the seats {seats} and these settings:")
    public void anEventWithSeatsAndSettings(List<String> seats, Map<String, String> settings) {
        newEvent(seats, settings);
    }

    /** The seats are A1 to A10, B1 to B10 ... */
    @Given("an event with {int} seats and these settings:")
    public void anEventWithSoManySeats(int count, Map<String, String> settings) {
        newEvent(SeatNames.inRowsOfTen(count), settings);
    }

    @Then("the seat(s) {seats} is/are {seatState}")
    public void seatsAre(List<String> seats, String state) {
        SeatMapShown map = seatMap();
        seats.forEach(seat -> assertThat(map.stateOf(seat)).as("the seat %s in %s", seat, map).isEqualTo(state));
    }

    @Then("{int} seat(s) is/are available")
    public void seatsAvailable(long available) {
        SeatMapShown map = seatMap();
        assertThat(map.available()).as("seats available in %s", map).isEqualTo(available);
        assertThat(counters().available()).as("the event's count of seats available").isEqualTo(available);
    }

    @Then("no seat is held or sold")
    public void noSeatTaken() {
        SeatMapShown map = seatMap();
        assertThat(map.seatsIn(SeatMapShown.HELD)).as("seats held, in %s", map).isEmpty();
        assertThat(map.seatsIn(SeatMapShown.SOLD)).as("seats sold, in %s", map).isEmpty();
        SeatInventory.Counters counters = counters();
        assertThat(counters.held() + counters.sold()).as("seats held or sold, as counted: %s", counters.stats()).isZero();
    }

    @When("the operator adds the seat(s) {seats}")
    public void operatorAdds(List<String> seats) {
        changeSeats(Map.of("seats", seats));
    }

    @When("the operator takes away the seat(s) {seats}")
    public void operatorTakesAway(List<String> seats) {
        changeSeats(Map.of("remove_seats", seats));
    }

    @Then("the event has exactly the seats {seats}")
    public void hasExactlySeats(List<String> seats) {
        SeatMapShown map = seatMap();
        assertThat(map.states().keySet()).as("the seats of the event in %s", map).containsExactlyInAnyOrderElementsOf(seats);
    }

    /** The reason may name them in its message; naming them is what matters to the operator. */
    @Then("the refusal names the seat(s) {seats}")
    public void refusalNamesSeats(List<String> seats) {
        String message = world().lastReply().refusalMessage();
        seats.forEach(seat -> assertThat(message).as("the refusal's message").containsPattern("(?<![A-Za-z0-9])" + seat + "(?![0-9])"));
    }

    @Then("the seats and their counters are as they were")
    public void seatsAsTheyWere() {
        assertThat(mapBefore).as("the seat map was read before the change").isNotNull();
        assertThat(seatMap().reply().body()).as("the seat map").isEqualTo(mapBefore.reply().body());
        assertThat(counters()).as("the seats' counters").isEqualTo(countersBefore);
    }

    /** The seed's inventory check, after every scenario about seats, whatever its outcome. */
    @After(value = "@seats", order = 20_000)
    public void inventoryTrueToTheSeats() {
        if (world().hasEvent()) {
            SeatInventory.assertTrueToTheSeats(world().client(), world().eventId());
        }
    }

    private void changeSeats(Map<String, Object> change) {
        mapBefore = seatMap();
        countersBefore = counters();
        Reply reply = world().answered(world().client().configureEvent(world().eventId(), change));
        if (reply.status() == 200) {
            world().settingsConfirmed(reply.body());
        }
    }

    static SeatMapShown seatMap() {
        return SeatMapShown.of(world().client().seatMap(world().eventId()));
    }

    static SeatInventory.Counters counters() {
        return SeatInventory.Counters.of(world().client().stats(world().eventId()));
    }

    /** A new event whose sale has not opened yet, with these seats, all available. */
    private static void newEvent(List<String> seats, Map<String, String> settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        settings.forEach((phrase, value) -> fields.put(
                SeatSetting.named(phrase).map(SeatSetting::field).orElseGet(() -> AdmissionSetting.from(phrase).field()),
                AdmissionSetting.valueWritten(value)));
        fields.put("seats", seats);
        world().openEvent(fields);
        SeatMapShown map = seatMap();
        assertThat(map.states().keySet()).as("the seats of the new event").containsExactlyInAnyOrderElementsOf(seats);
        assertThat(map.seatsIn(SeatMapShown.AVAILABLE)).as("the seats available in the new event").hasSameSizeAs(seats);
    }
}
