package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** One person joining the queue, one join after another. */
public final class JoiningSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("{string} has joined the queue")
    public void hasJoined(String person) {
        hasJoinedTimes(person, 1);
    }

    @Given("{string} has joined the queue {int} times")
    public void hasJoinedTimes(String person, int times) {
        for (int i = 0; i < times; i++) {
            Reply reply = world().join(person);
            assertThat(reply.accepted()).as("%s joined: %s", person, reply).isTrue();
        }
    }

    @Given("these people have joined the queue in this order: {names}")
    public void haveJoinedInOrder(List<String> people) {
        people.forEach(this::hasJoined);
    }

    /** People called person-01, person-02 ... in the order they joined. */
    @Given("{int} people have joined the queue, one after another")
    public void peopleHaveJoined(int people) {
        for (int i = 1; i <= people; i++) {
            hasJoined(String.format("person-%02d", i));
        }
    }

    @When("{string} joins the queue again with the request key of the place he/she/they lost")
    public void joinsAgainWithTheLostKey(String person) {
        world().join(person, world().joinsOf(person).getFirst().requestKey());
    }

    @When("{string} joins the queue {int} times, one after another")
    public void joinsTimes(String person, int times) {
        for (int i = 0; i < times; i++) {
            world().join(person);
        }
    }

    @When("{string} joins the queue once more")
    public void joinsOnceMore(String person) {
        world().join(person);
    }

    @When("{string} sends that same join again")
    public void sendsTheSameJoinAgain(String person) {
        List<QueueWorld.Join> joins = world().joinsOf(person);
        world().join(person, joins.getLast().requestKey());
    }

    @When("{string} sends the join of {string} with its request key")
    public void sendsTheJoinOfSomeoneElse(String sender, String owner) {
        world().join(sender, world().joinsOf(owner).getLast().requestKey());
    }

    @Then("the places {string} was given are {places}")
    public void placesGiven(String person, List<Long> places) {
        assertThat(world().joinsOf(person)).extracting(join -> join.reply().placeGiven())
                .as("places given to %s", person)
                .containsExactlyElementsOf(places);
    }

    @Then("the refusal does not point to any place")
    public void refusalPointsNowhere() {
        assertThat(world().lastReply().body().has("waiting_token")).as("a token in %s", world().lastReply()).isFalse();
    }

    @Then("the refusal points to the place {string} already has")
    public void refusalPointsToTheExistingPlace(String person) {
        String original = world().joinsOf(person).getFirst().reply().waitingToken();
        assertThat(world().lastReply().waitingToken()).as("the place the refusal points to").isEqualTo(original);
    }
}
