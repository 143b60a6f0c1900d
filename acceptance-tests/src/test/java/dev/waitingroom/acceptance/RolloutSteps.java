package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A flag rolled out to part of the people: who gets a log, asked of every gateway. Each person joins
 * once through each gateway, and each join is kept in the person's log or not as that gateway decides;
 * so a person whose log holds some of their joins but not all would be a person the gateways disagree on.
 */
public final class RolloutSteps {

    // Cucumber makes a new instance of the class for every scenario
    private final List<String> people = new ArrayList<>();
    private final Map<String, List<String>> placesByPerson = new LinkedHashMap<>();
    private Map<String, PersonLogShown> logs;
    private Set<String> withALogInTheFirstEvent;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    /** People called person-0001, person-0002 ...: the same people every time. */
    @When("{int} people join the queue, each once through every gateway")
    public void peopleJoinThroughEveryGateway(int count) {
        people.clear();
        IntStream.rangeClosed(1, count).mapToObj(i -> String.format("person-%04d", i)).forEach(people::add);
        joinThroughEveryGateway();
    }

    @When("a new event opens with the same settings, and the same people join its queue, each once through every gateway")
    public void theSamePeopleJoinANewEvent() {
        assertThat(people).as("people who joined before").isNotEmpty();
        withALogInTheFirstEvent = withALog();
        JsonNode first = world().settings();
        world().openEvent(Map.of("abandon_after_sec", first.path("abandon_after_sec").asLong(),
                "max_entries_per_user", first.path("max_entries_per_user").asLong()));
        joinThroughEveryGateway();
    }

    @Then("between {int} and {int} of them have a log")
    public void between(int least, int most) {
        assertThat(withALog()).as("people with a log, of %d", people.size()).hasSizeBetween(least, most);
    }

    @Then("the log of each of them holds all of their joins, through every gateway, and no one else has a log")
    public void everyGatewayAgrees() {
        List<String> problems = new ArrayList<>();
        for (String person : people) {
            PersonLogShown log = logs().get(person);
            List<String> places = placesByPerson.get(person);
            List<String> kept = places.stream().filter(log::names).toList();
            if (!kept.isEmpty() && !kept.equals(places)) {
                problems.add(person + ": only the joins " + kept + " of " + places + " are in " + log);
            } else if (log.entries().size() != kept.size()
                    || !log.entries().stream().allMatch(entry -> entry.type().equals("joined"))) {
                problems.add(person + ": a log of " + kept.size() + " joins should hold just them: " + log);
            }
        }
        assertThat(problems).as("people whose log does not hold all of their joins, or none").isEmpty();
    }

    @Then("everyone who had a log in the first event has one in the new event")
    public void firstStillHaveOne() {
        assertThat(withALogInTheFirstEvent).as("people with a log in the first event").isNotEmpty();
        Set<String> missing = new TreeSet<>(withALogInTheFirstEvent);
        missing.removeAll(withALog());
        assertThat(missing).as("people with a log in the first event, but none in the new one").isEmpty();
    }

    private void joinThroughEveryGateway() {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        record Join(String person, int gateway) {
        }
        List<Join> joins = new ArrayList<>();
        for (String person : people) {
            for (int gateway = 0; gateway < client.gateways(); gateway++) {
                joins.add(new Join(person, gateway));
            }
        }
        List<Reply> replies = InParallel.map(joins,
                join -> client.join(eventId, join.person(), UUID.randomUUID().toString(), join.gateway()));
        placesByPerson.clear();
        logs = null;
        for (int i = 0; i < joins.size(); i++) {
            Reply reply = replies.get(i);
            assertThat(reply.accepted()).as("the join of %s through gateway %d: %s", joins.get(i).person(),
                    joins.get(i).gateway(), reply).isTrue();
            assertThat(reply.gateway()).as("the gateway that answered %s", reply).isEqualTo(joins.get(i).gateway());
            placesByPerson.computeIfAbsent(joins.get(i).person(), person -> new ArrayList<>()).add(reply.waitingToken());
        }
    }

    /** Every person's log in the scenario's event, read once after their joins. */
    private Map<String, PersonLogShown> logs() {
        if (logs == null) {
            WaitingRoomClient client = world().client();
            String eventId = world().eventId();
            List<PersonLogShown> read = InParallel.map(people, person -> PersonLogShown.ofUser(client, eventId, person, 100));
            logs = new LinkedHashMap<>();
            for (int i = 0; i < people.size(); i++) {
                logs.put(people.get(i), read.get(i));
            }
        }
        return logs;
    }

    private Set<String> withALog() {
        return logs().entrySet().stream().filter(log -> !log.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
