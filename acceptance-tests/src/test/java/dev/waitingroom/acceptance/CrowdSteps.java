package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Many joins arriving at the same moment, each on a thread of its own, released together. */
public final class CrowdSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("{string} sends the same join {int} times at the same moment")
    public void sendsTheSameJoinAtOnce(String person, int times) {
        String requestKey = UUID.randomUUID().toString();
        // the world belongs to this thread; the joining threads get only what they need
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        List<Callable<Reply>> joins = Collections.nCopies(times,
                () -> client.join(eventId, person, requestKey));
        List<Reply> replies = AllAtOnce.run(joins);
        world().recordBurst(replies);
        world().recordJoins(person, replies.stream().map(reply -> new QueueWorld.Join(requestKey, reply)).toList());
    }

    @When("{int} people join at the same moment, each sending {int} joins one after another")
    public void peopleJoinAtOnce(int people, int joinsEach) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        List<String> names = IntStream.rangeClosed(1, people).mapToObj(i -> "person-" + i).toList();
        List<Callable<List<QueueWorld.Join>>> sequences = names.stream()
                .<Callable<List<QueueWorld.Join>>>map(name -> () -> {
                    // each person's joins stay in the order sent: the next leaves only after the last is answered
                    List<QueueWorld.Join> sent = new ArrayList<>(joinsEach);
                    for (int i = 0; i < joinsEach; i++) {
                        String key = UUID.randomUUID().toString();
                        sent.add(new QueueWorld.Join(key, client.join(eventId, name, key)));
                    }
                    return sent;
                })
                .toList();
        List<List<QueueWorld.Join>> results = AllAtOnce.run(sequences);
        for (int i = 0; i < names.size(); i++) {
            world().recordJoins(names.get(i), results.get(i));
        }
    }

    @Then("exactly {int} of those joins is/are accepted")
    public void exactlyAccepted(int accepted) {
        assertThat(world().burst()).filteredOn(Reply::accepted).as("accepted joins").hasSize(accepted);
    }

    @Then("the other {int} are refused because {refusal}")
    public void othersRefused(int refused, Refusal refusal) {
        List<Reply> refusals = world().burst().stream().filter(reply -> !reply.accepted()).toList();
        assertThat(refusals).as("refused joins").hasSize(refused);
        refusals.forEach(reply -> reply.assertRefusedBecause(refusal));
    }

    @Then("every refusal points to the place of the accepted join")
    public void refusalsPointToTheAcceptedPlace() {
        List<Reply> accepted = world().burst().stream().filter(Reply::accepted).toList();
        assertThat(accepted).as("accepted joins").hasSize(1);
        String token = accepted.getFirst().waitingToken();
        assertThat(world().burst()).filteredOn(reply -> !reply.accepted())
                .isNotEmpty()
                .allSatisfy(reply -> assertThat(reply.waitingToken()).isEqualTo(token));
    }

    @Then("all {int} joins are accepted")
    public void allAccepted(int joins) {
        assertThat(world().allJoins()).hasSize(joins)
                .allSatisfy(join -> assertThat(join.reply().accepted()).as("%s", join.reply()).isTrue());
    }

    @Then("the places given are exactly 1 to {int}, with no gap and no place given twice")
    public void placesGivenAreExactly(int last) {
        List<Long> given = world().allJoins().stream().map(join -> join.reply().placeGiven()).sorted().toList();
        assertThat(given).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
    }

    @Then("each person's places increase in the order that person sent the joins")
    public void eachPersonsPlacesIncrease() {
        world().joinsByPerson().forEach((person, joins) -> {
            List<Long> places = joins.stream().map(join -> join.reply().placeGiven()).toList();
            assertThat(places).as("places of %s in the order sent", person).isSorted().doesNotHaveDuplicates();
        });
    }
}
