package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.LinkedHashMap;
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

    @Given("an event whose sale has not opened yet")
    public void anEventNotOpenYet() {
        newEventWithItsSaleClosed(Map.of());
    }

    @Given("an event whose sale lets in {double} people a second")
    public void anEventWithARate(double rate) {
        newEventWithItsSaleClosed(Map.of(AdmissionSetting.RATE.field(), rate));
    }

    /** The rest of the settings keep their defaults; the sale is not opened by this step. */
    @Given("an event with these admission settings:")
    public void anEventWithSettings(Map<String, String> settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        settings.forEach((phrase, value) -> fields.put(AdmissionSetting.from(phrase).field(), AdmissionSetting.valueWritten(value)));
        newEventWithItsSaleClosed(fields);
    }

    @Then("{int} place(s) is/are taken in the queue")
    public void placesTaken(long taken) {
        assertThat(world().counters().path("waiting").asLong(-1)).as("places taken").isEqualTo(taken);
    }

    /** A new event's sale starts closed (paused): people may queue, nobody is let in until it opens. */
    private static void newEventWithItsSaleClosed(Map<String, Object> settings) {
        world().openEvent(settings);
        assertThat(world().settings().path("paused").asBoolean(false))
                .as("a new event's sale is not open yet: %s", world().settings()).isTrue();
    }
}
