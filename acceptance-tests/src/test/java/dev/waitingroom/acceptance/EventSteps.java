package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.Map;

/** Setting up the event a scenario sells, and reading its counters. */
public final class EventSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("an event that is open for sale")
    public void anEventOpenForSale() {
        world().openEvent(Map.of());
    }

    @Given("an event that lets each person hold {int} places in the queue")
    public void anEventWithAPersonalLimit(int limit) {
        world().openEvent(Map.of("max_entries_per_user", limit));
    }

    @Then("{int} place(s) is/are taken in the queue")
    public void placesTaken(long taken) {
        assertThat(world().counters().path("waiting").asLong(-1)).as("places taken").isEqualTo(taken);
    }
}
