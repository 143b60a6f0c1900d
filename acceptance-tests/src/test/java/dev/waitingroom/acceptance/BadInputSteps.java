package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Requests that are incomplete or garbled. Each step reads the event's counters just before it sends
 * its request, so that the scenario can show that nothing moved.
 */
public final class BadInputSteps {

    private static final String SOMEONE = "mallory";

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("someone asks to join with a request that is not valid JSON")
    public void joinWithGarbledBody() {
        attempt(() -> world().client().joinWith("{\"event_id\": \"" + world().eventId() + "\", \"user_id\": ", freshKey()));
    }

    @When("someone asks to join with an event name that is a number")
    public void joinWithNumericEvent() {
        attempt(() -> world().client().joinWith("{\"event_id\": 42, \"user_id\": \"" + SOMEONE + "\"}", freshKey()));
    }

    @When("someone asks to join with a person's name that is a list")
    public void joinWithListAsPerson() {
        attempt(() -> world().client().joinWith(
                "{\"event_id\": \"" + world().eventId() + "\", \"user_id\": [\"" + SOMEONE + "\"]}", freshKey()));
    }

    @When("someone asks to join without naming the event")
    public void joinWithoutEvent() {
        attempt(() -> world().client().joinWith("{\"user_id\": \"" + SOMEONE + "\"}", freshKey()));
    }

    @When("someone asks to join without a request key")
    public void joinWithoutKey() {
        attempt(() -> world().client().joinWith(wellFormedJoin(), null));
    }

    @When("someone asks to join with a request key containing spaces")
    public void joinWithSpacesInKey() {
        attempt(() -> world().client().joinWith(wellFormedJoin(), "not a valid key"));
    }

    @When("someone asks to join with a request key of {int} characters")
    public void joinWithLongKey(int length) {
        attempt(() -> world().client().joinWith(wellFormedJoin(), "k".repeat(length)));
    }

    @When("someone checks a place without giving a waiting token")
    public void statusWithoutToken() {
        attempt(() -> world().client().statusWithoutToken());
    }

    @When("someone leaves the queue without giving a waiting token")
    public void leaveWithoutToken() {
        attempt(() -> world().client().leaveWithoutToken());
    }

    @When("someone asks to join an event that does not exist")
    public void joinUnknownEvent() {
        attempt(() -> world().client().join("no-such-sale-" + UUID.randomUUID(), SOMEONE, freshKey()));
    }

    @When("someone enters without saying with which waiting token")
    public void enterWithoutBody() {
        attempt(() -> world().client().enterWith(null));
    }

    /** A token of the right shape for the event, that the waiting room never gave anyone. */
    @When("someone enters with a waiting token that was never given out")
    public void enterWithUnknownToken() {
        attempt(() -> world().client().enter(world().eventId() + "~" + "AAAAAAAAAAAAAAAAAAAAAA"));
    }

    @Then("the queue of the event is as it was before")
    public void queueUnchanged() {
        assertThat(world().counters()).as("counters of the event").isEqualTo(world().countersBefore());
    }

    private void attempt(Supplier<Reply> request) {
        world().rememberCounters();
        world().answered(request.get());
    }

    private String wellFormedJoin() {
        return "{\"event_id\": \"" + world().eventId() + "\", \"user_id\": \"" + SOMEONE + "\"}";
    }

    private static String freshKey() {
        return UUID.randomUUID().toString();
    }
}
