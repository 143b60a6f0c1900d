package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Several gateways in front of one shared queue. */
public final class GatewaySteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("the waiting room runs as at least {int} gateways sharing one queue")
    public void runsAsGateways(int gateways) {
        assertThat(world().client().gateways()).as("gateways of this run").isGreaterThanOrEqualTo(gateways);
    }

    @Then("every gateway refused some of them")
    public void everyGatewayRefused() {
        assertThat(gatewaysOf(world().burst().stream().filter(reply -> !reply.accepted()).toList()))
                .as("gateways that refused a join").isEqualTo(allGateways());
    }

    @Then("every gateway accepted some of them")
    public void everyGatewayAccepted() {
        assertThat(gatewaysOf(world().allJoins().stream().map(QueueWorld.Join::reply).filter(Reply::accepted).toList()))
                .as("gateways that accepted a join").isEqualTo(allGateways());
    }

    @Then("every gateway shows the same place for every entry")
    public void everyGatewayShowsTheSamePlace() {
        for (QueueWorld.Join join : world().allJoins()) {
            String token = join.reply().waitingToken();
            List<Long> shown = IntStream.range(0, world().client().gateways())
                    .mapToObj(gateway -> world().client().status(token, gateway).placeShown())
                    .toList();
            assertThat(shown).as("the place of %s on each gateway", token).containsOnly(join.reply().placeGiven());
        }
    }

    @Then("every gateway was stepping admission while the sale ran")
    public void everyGatewayStepped() {
        world().gatewayCountersAtOpening().forEach((gateway, atOpening) -> {
            GatewayCounters now = GatewayCounters.of(world().client().metrics(gateway));
            assertThat(now.rounds()).as("admission rounds of gateway %d since the opening", gateway)
                    .isGreaterThan(atOpening.rounds());
        });
    }

    /** Each person's status is asked of every gateway; someone let in twice would be counted twice. */
    @Then("the event counts {int} people let in, exactly as many as there are different people ready to enter")
    public void countedAsManyAsReady(int letIn) {
        assertThat(world().letInCounted()).as("people the event counts let in").isEqualTo(letIn);
        Set<String> ready = new HashSet<>();
        for (String person : world().peopleInJoiningOrder()) {
            String token = world().onlyPlaceOf(person);
            for (int gateway = 0; gateway < world().client().gateways(); gateway++) {
                if (world().client().status(token, gateway).ready()) {
                    ready.add(person);
                }
            }
        }
        assertThat(ready).as("different people ready to enter").hasSize(letIn);
    }

    @Then("every gateway shows the same status and the same place for every person")
    public void everyGatewayShowsTheSameStatus() {
        for (String person : world().peopleInJoiningOrder()) {
            String token = world().onlyPlaceOf(person);
            List<String> shown = IntStream.range(0, world().client().gateways())
                    .mapToObj(gateway -> world().client().status(token, gateway))
                    .map(status -> status.status() + " " + status.body().path("status").asText() + " at "
                            + status.body().path("position").asText())
                    .toList();
            assertThat(shown).as("the status of %s on each gateway", person).hasSize(world().client().gateways())
                    .allSatisfy(one -> assertThat(one).startsWith("200 ").isEqualTo(shown.getFirst()));
        }
    }

    @Then("the gateways together report {int} people let in by their admission steps")
    public void gatewaysReportLetIn(int letIn) {
        double total = 0;
        for (var atOpening : world().gatewayCountersAtOpening().entrySet()) {
            GatewayCounters now = GatewayCounters.of(world().client().metrics(atOpening.getKey()));
            total += now.letIn() - atOpening.getValue().letIn();
        }
        assertThat(total).as("people let in by the steps of all gateways since the opening").isEqualTo(letIn);
    }

    private Set<Integer> allGateways() {
        return IntStream.range(0, world().client().gateways()).boxed().collect(Collectors.toSet());
    }

    private static Set<Integer> gatewaysOf(List<Reply> replies) {
        return replies.stream().map(Reply::gateway).collect(Collectors.toSet());
    }
}
