package dev.waitingroom.acceptance;

import static dev.waitingroom.acceptance.WaitingOnThePageSteps.PATIENCE;
import static dev.waitingroom.acceptance.WaitingOnThePageSteps.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Objects;

/**
 * The server the browsers talk to goes away for a few seconds and comes back (see {@link FrontDoor}
 * for what that means on each store); the page reconnects calmly and never says the place is lost.
 */
public final class ServerAwaySteps {

    private Scenario scenario;

    @Before("@page")
    public void rememberTheScenario(Scenario scenario) {
        this.scenario = scenario;
    }

    @When("the server stops")
    public void theServerStops() {
        tell(DeploymentHooks.frontDoor().stopTheServer());
    }

    @When("the server starts again")
    public void theServerStartsAgain() {
        tell(DeploymentHooks.frontDoor().startTheServerAgain());
    }

    @Then("the page of {string} says it is reconnecting, still showing her/him/them at place {long}")
    public void saysReconnecting(String person, long place) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, "the page to say it is reconnecting", () -> reconnecting(page));
        assertStillWaitingAt(page, place);
        PageVisitors.current().keepMoment("reconnecting", page);
    }

    /** Checked again and again for that long, not once after a sleep: the page must not waver. */
    @Then("for {int} seconds the page of {string} keeps saying it is reconnecting, never that the place is lost")
    public void keepsReconnecting(int seconds, String person) {
        EventPage page = pageOf(person);
        long until = Pause.deadlineIn(Duration.ofSeconds(seconds));
        while (System.nanoTime() < until) {
            assertThat(reconnecting(page)).as("still reconnecting: %s", page.describe()).isTrue();
            assertThat(page.state()).as("the place is kept: %s", page.describe()).isEqualTo("waiting");
            Pause.millis(200);
        }
    }

    @Then("the page of {string} stops saying it is reconnecting, within {int} seconds")
    public void reconnected(String person, int seconds) {
        EventPage page = pageOf(person);
        page.waitFor(Duration.ofSeconds(seconds), "the page to be connected again",
                () -> page.connection().equals("ok") && !page.shows("reconnecting"));
    }

    private static boolean reconnecting(EventPage page) {
        return page.connection().equals("reconnecting") && page.shows("reconnecting");
    }

    private static void assertStillWaitingAt(EventPage page, long place) {
        assertThat(page.state()).as("the place is kept: %s", page.describe()).isEqualTo("waiting");
        assertThat(Objects.equals(page.numberShown("position"), place)).as("still at place %s: %s", place, page.describe())
                .isTrue();
    }

    private void tell(String whatHappened) {
        System.out.println("[page] " + whatHappened);
        if (scenario != null) {
            scenario.log(whatHappened);
        }
    }
}
