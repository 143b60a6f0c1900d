package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** People checking their place in the queue. */
public final class PositionSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Then("checking the places of {string} shows {places}")
    public void checkingShows(String person, List<Long> places) {
        assertThat(world().joinsOf(person)).extracting(join -> placeShown(join.reply().waitingToken()))
                .as("places shown to %s", person)
                .containsExactlyElementsOf(places);
    }

    @Then("checking every place shows exactly 1 to {int}, each where it was given")
    public void checkingEveryPlace(int last) {
        List<QueueWorld.Join> joins = world().allJoins();
        List<Long> shown = joins.stream().map(join -> placeShown(join.reply().waitingToken())).toList();
        assertThat(shown.stream().sorted().toList())
                .as("every place shown")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        // nobody left, so no place may have moved since it was given
        for (int i = 0; i < joins.size(); i++) {
            assertThat(shown.get(i)).as("place shown for %s", joins.get(i).reply())
                    .isEqualTo(joins.get(i).reply().placeGiven());
        }
    }

    @Then("the places are now:")
    public void thePlacesAreNow(Map<String, Long> places) {
        places.forEach((person, place) ->
                assertThat(placeShown(world().onlyPlaceOf(person))).as("place of %s", person).isEqualTo(place));
    }

    @Then("{string} is still at place {long}")
    public void stillAt(String person, long place) {
        assertThat(placeShown(world().onlyPlaceOf(person))).as("place of %s", person).isEqualTo(place);
    }

    @Then("{string} no longer has a place in the queue")
    public void noLongerHasAPlace(String person) {
        world().joinsOf(person).forEach(join ->
                world().client().status(join.reply().waitingToken()).assertRefusedBecause(Refusal.UNKNOWN_TOKEN));
    }

    private long placeShown(String waitingToken) {
        return world().client().status(waitingToken).placeShown();
    }
}
