package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** People giving up their place. */
public final class LeavingSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("{string} has left the queue")
    public void hasLeft(String person) {
        leaves(person);
        toldThePlaceWasGivenUp(person);
    }

    @When("{string} leaves the queue")
    public void leaves(String person) {
        world().answered(world().client().leave(world().onlyPlaceOf(person)));
    }

    @Then("{string} is told that the place was given up")
    public void toldThePlaceWasGivenUp(String person) {
        Reply reply = world().lastReply();
        assertThat(reply.status()).as("%s left: %s", person, reply).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).as("%s left: %s", person, reply).isEqualTo("left");
    }
}
