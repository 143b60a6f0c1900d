package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Several gateways in front of one shared queue. */
public final class GatewaySteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("the waiting room runs as {int} gateways sharing one queue")
    public void runsAsGateways(int gateways) {
        assertThat(world().client().gateways()).as("gateways of this run").isEqualTo(gateways);
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

    private Set<Integer> allGateways() {
        return IntStream.range(0, world().client().gateways()).boxed().collect(Collectors.toSet());
    }

    private static Set<Integer> gatewaysOf(List<Reply> replies) {
        return replies.stream().map(Reply::gateway).collect(Collectors.toSet());
    }
}
