package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many changes at once: a crowd joining and leaving, each person's log against what that person did,
 * and one person's log after more changes than it keeps.
 */
public final class LogCrowdSteps {

    /** What the steps expect of a log kept at its default size: the newest 100 changes at least. */
    private static final int DEFAULT_LOG_SIZE = 100;

    // Cucumber makes a new instance of the class for every scenario
    private final Map<String, List<Request>> requestsByPerson = new LinkedHashMap<>();
    private Request lastJoin;
    private Request lastLeave;

    /**
     * A join or a leave a person sent, and what the waiting room answered.
     *
     * @param token the waiting token the join was given, or the leave gave up
     */
    private record Request(String kind, String token, Reply reply) {

        /** The change it should have written in the log, in the words {@link #written} uses. */
        String change() {
            return kind.equals("join")
                    ? "joined " + token + " at position " + reply.placeGiven()
                    : "left " + token + " while waiting";
        }
    }

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("the event keeps the newest {int} changes of each person's log, as every event does unless told otherwise")
    public void keepsTheDefault(int changes) {
        assertThat(changes).as("the size of a log by default").isEqualTo(DEFAULT_LOG_SIZE);
        assertThat(world().settings().path("log_max_entries").asInt(-1))
                .as("changes kept in each person's log, in the event's settings %s", world().settings()).isEqualTo(changes);
    }

    /**
     * Each person's requests go through the gateways in turn, the joins too, so that with several gateways
     * every gateway takes joins and the leave of a place reaches another gateway than its join; the
     * people go all at once.
     */
    @When("{int} people at the same moment each join the queue and leave it again {int} times, one request after another, through the gateways in turn")
    public void crowdJoinsAndLeaves(int people, int times) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        int gateways = client.gateways();
        List<String> names = IntStream.rangeClosed(1, people).mapToObj(i -> String.format("person-%02d", i)).toList();
        List<Callable<List<Request>>> sequences = names.stream().<Callable<List<Request>>>map(name -> () -> {
            List<Request> sent = new ArrayList<>(2 * times);
            for (int i = 0; i < times; i++) {
                Reply joined = client.join(eventId, name, UUID.randomUUID().toString(), i % gateways);
                String token = joined.accepted() ? joined.waitingToken() : null;
                sent.add(new Request("join", token, joined));
                if (token != null) {
                    sent.add(new Request("leave", token, client.leave(token, (i + 1) % gateways)));
                }
            }
            return sent;
        }).toList();
        List<List<Request>> sent = AllAtOnce.run(sequences);
        for (int i = 0; i < names.size(); i++) {
            requestsByPerson.put(names.get(i), sent.get(i));
        }
    }

    @Then("all {int} joins are accepted, and all {int} leaves give the place up")
    public void allAcceptedAndLeft(int joins, int leaves) {
        List<Request> all = requestsByPerson.values().stream().flatMap(List::stream).toList();
        List<Request> joinsSent = all.stream().filter(request -> request.kind().equals("join")).toList();
        List<Request> leavesSent = all.stream().filter(request -> request.kind().equals("leave")).toList();
        assertThat(joinsSent).hasSize(joins).allSatisfy(join -> assertThat(join.reply().accepted()).as("%s", join.reply()).isTrue());
        assertThat(leavesSent).hasSize(leaves).allSatisfy(leave -> assertLeft(leave.reply()));
    }

    @Then("every gateway answered some of them")
    public void everyGatewayAnswered() {
        Set<Integer> answered = requestsByPerson.values().stream().flatMap(List::stream)
                .map(request -> request.reply().gateway()).collect(Collectors.toSet());
        assertThat(answered).as("gateways that answered").containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, world().client().gateways()).boxed().toList());
    }

    @Then("each person's log, read {int} changes at a time, lists exactly that person's joins and leaves, in the order sent, each join at the position it was given")
    public void eachLogListsThePersonsRequests(int pageSize) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        List<String> people = List.copyOf(requestsByPerson.keySet());
        List<PersonLogShown> logs = InParallel.map(people, person -> PersonLogShown.ofUser(client, eventId, person, pageSize));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            List<String> expected = requestsByPerson.get(person).stream().map(Request::change).toList();
            List<String> written = logs.get(i).entries().stream().map(LogCrowdSteps::written).toList();
            if (!written.equals(expected)) {
                problems.add(person + "'s log lists " + written + "\n  but " + person + " did " + expected);
            }
        }
        assertThat(problems).as("logs that differ from what their person did").isEmpty();
    }

    /**
     * The changes are as many as asked, half joins, half leaves; all but the last join and leave are sent
     * by several threads at once (their order does not matter here), and the last two alone, after them.
     */
    @When("{string} joins the queue and leaves it again {int} times, the last time after all the others")
    public void joinsAndLeavesManyTimes(String person, int times) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        List<List<Request>> cycles = InParallel.map(Collections.nCopies(times - 1, person),
                name -> cycle(client, eventId, name));
        List<Request> all = new ArrayList<>(cycles.stream().flatMap(List::stream).toList());
        List<Request> last = cycle(client, eventId, person);
        all.addAll(last);
        requestsByPerson.put(person, all);
        lastJoin = last.getFirst();
        lastLeave = last.getLast();
        assertThat(all).as("changes %s made", person).hasSize(2 * times)
                .allSatisfy(request -> assertThat(request.reply().status()).as("%s", request.reply()).isIn(200, 202));
    }

    @Then("the log of {string} holds at least {int} and at most {int} changes")
    public void logHoldsBetween(String person, int least, int most) {
        PersonLogShown log = PersonLogShown.ofUser(world().client(), world().eventId(), person, 1000);
        assertThat(log.entries()).as("changes in the log of %s", person).hasSizeBetween(least, most);
        Set<String> places = requestsByPerson.get(person).stream().map(Request::token).collect(Collectors.toSet());
        assertThat(log.entries()).as("changes in the log of %s, each of a place of %s", person, person)
                .allSatisfy(entry -> assertThat(places).contains(entry.ticket()));
    }

    @Then("the newest changes in the log of {string} are his/her last join and his/her last leave")
    public void newestAreTheLast(String person) {
        PersonLogShown log = PersonLogShown.ofUser(world().client(), world().eventId(), person, 1000);
        List<String> written = log.entries().stream().map(LogCrowdSteps::written).toList();
        assertThat(written).as("the log of %s", person).hasSizeGreaterThanOrEqualTo(2);
        assertThat(written.subList(written.size() - 2, written.size())).as("the newest changes in the log of %s", person)
                .containsExactly(lastJoin.change(), lastLeave.change());
    }

    private static List<Request> cycle(WaitingRoomClient client, String eventId, String person) {
        Reply joined = client.join(eventId, person, UUID.randomUUID().toString());
        assertThat(joined.accepted()).as("%s joined: %s", person, joined).isTrue();
        String token = joined.waitingToken();
        Reply left = client.leave(token);
        assertLeft(left);
        return List.of(new Request("join", token, joined), new Request("leave", token, left));
    }

    private static void assertLeft(Reply reply) {
        assertThat(reply.status()).as("the place given up: %s", reply).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).as("the place given up: %s", reply).isEqualTo("left");
    }

    /** A change of the log in the words of {@link Request#change}, what else it says left out. */
    private static String written(PersonLogShown.Entry entry) {
        return switch (entry.type()) {
            case "joined" -> "joined " + entry.ticket() + " at position " + entry.body().path("position").asText();
            case "left" -> "left " + entry.ticket() + " while " + entry.body().path("was").asText();
            default -> entry.type() + " " + entry.ticket();
        };
    }
}
