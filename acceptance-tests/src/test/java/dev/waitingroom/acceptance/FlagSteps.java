package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's feature flags. A flag belongs to the whole deployment, not to one scenario's event, so
 * every flag a scenario changes is set back once the scenario is over, whatever its outcome, and the
 * next scenario starts only when every gateway answers by the old value again.
 *
 * <p>A step that sets a flag waits until every gateway answers by the new value, for at most
 * {@link #SETTLING}: it prepares a scenario, it does not judge how fast the gateways agree. The features
 * about that hold the waiting room to its own 2 seconds.
 */
public final class FlagSteps {

    private static final Duration SETTLING = Duration.ofSeconds(5);

    // Cucumber makes a new instance of the class for every scenario
    private final Map<String, FlagSetting> beforeTheScenario = new LinkedHashMap<>();
    private final Map<Integer, JsonNode> listedBeforeTheAttempt = new HashMap<>();
    private LogKeepingProbe probe;
    private Change lastChange;

    /** A change the operator made, as the gateways should come to answer it. */
    private record Change(String flag, FlagSetting before, FlagSetting now, long answeredNanos) {
    }

    private static WaitingRoomClient client() {
        return DeploymentHooks.client();
    }

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("the flag {string} is {flagValue}")
    public void flagIs(String flag, FlagSetting value) {
        setEverywhere(flag, value);
    }

    @When("the flag {string} is rolled out to {int}% of people")
    public void rolledOutTo(String flag, int percent) {
        setEverywhere(flag, FlagSetting.forPercent(percent));
    }

    /** {@code enabled: true} alone means everyone. */
    @When("the operator turns the flag {string} on for everyone through one gateway")
    public void turnsOnThroughOneGateway(String flag) {
        change(flag, "{\"enabled\": true}", 0, FlagSetting.EVERYONE);
    }

    /** With one gateway, the other gateway is that same one. */
    @When("the operator turns the flag {string} off through the other gateway")
    public void turnsOffThroughTheOtherGateway(String flag) {
        change(flag, "{\"enabled\": false}", client().gateways() - 1, FlagSetting.OFF);
    }

    @Then("every gateway lists the flag {string} as {flagValue}")
    public void everyGatewayLists(String flag, FlagSetting value) {
        for (int gateway = 0; gateway < client().gateways(); gateway++) {
            assertThat(listedValue(flag, gateway)).as("the flag %s as gateway %d lists it", flag, gateway).isEqualTo(value);
        }
    }

    @Then("within {int} seconds, every gateway keeps a log of the people who join through it")
    public void everyGatewayKeepsALog(int seconds) {
        assertThat(lastChange.now()).as("the flag was turned on for everyone").isEqualTo(FlagSetting.EVERYONE);
        everyGatewayAnswersTheChangeWithin(seconds);
    }

    @Then("within {int} seconds, no gateway keeps a log of anyone who joins through it")
    public void noGatewayKeepsALog(int seconds) {
        assertThat(lastChange.now()).as("the flag was turned off").isEqualTo(FlagSetting.OFF);
        everyGatewayAnswersTheChangeWithin(seconds);
    }

    @When("the operator turns on a flag called {string}")
    public void turnsOnAFlagCalled(String flag) {
        attempt(flag, "{\"enabled\": true}");
    }

    /** A percentage as written, whole or not, sent as a JSON number. */
    @When("the operator turns the flag {string} on for {bigdecimal}% of people")
    public void turnsOnForAPercentage(String flag, BigDecimal percent) {
        attempt(flag, "{\"enabled\": true, \"rollout_percent\": " + percent.toPlainString() + "}");
    }

    @When("the operator turns the flag {string} off for {int}% of people")
    public void turnsOffForAPercentage(String flag, int percent) {
        attempt(flag, "{\"enabled\": false, \"rollout_percent\": " + percent + "}");
    }

    @When("the operator changes the flag {string} without saying whether it is on")
    public void changesWithoutSayingWhetherOn(String flag) {
        attempt(flag, "{\"rollout_percent\": 50}");
    }

    @When("the operator changes the flag {string}, saying whether it is on with {string}")
    public void changesSayingWhetherOnWith(String flag, String answer) {
        attempt(flag, WaitingRoomClient.json(Map.of("enabled", answer)));
    }

    @When("the operator changes the flag {string} with a field the waiting room does not know")
    public void changesWithAnUnknownField(String flag) {
        attempt(flag, "{\"enabled\": true, \"colour\": \"green\"}");
    }

    @When("the operator changes the flag {string} with a request that is not valid JSON")
    public void changesWithoutJson(String flag) {
        attempt(flag, "{\"enabled\": true");
    }

    @Then("every gateway lists the flags as they were")
    public void flagsAsTheyWere() {
        assertThat(listedBeforeTheAttempt).as("the flags were listed before the attempt").isNotEmpty();
        listedBeforeTheAttempt.forEach((gateway, before) -> assertThat(listed(gateway).body())
                .as("the flags as gateway %d lists them", gateway).isEqualTo(before));
    }

    /** Sets back every flag the scenario changed, and waits until every gateway answers by it again. */
    @After(order = 12_000)
    public void setTheFlagsBack() {
        beforeTheScenario.forEach((flag, before) -> {
            FlagSetting now = listedValue(flag, 0);
            if (!now.equals(before)) {
                Reply reply = client().changeFlag(flag, before.body(), 0);
                assertThat(reply.status()).as("the flag %s set back to %s: %s", flag, before, reply).isEqualTo(200);
                long answered = System.nanoTime();
                probe().untilEveryGatewayAnswers(now, before, answered, answered + SETTLING.toNanos());
            }
        });
    }

    /** Sets the flag through the first gateway and waits until every gateway answers by it. */
    private void setEverywhere(String flag, FlagSetting value) {
        change(flag, value.body(), 0, value);
        probe().untilEveryGatewayAnswers(lastChange.before(), value, lastChange.answeredNanos(),
                lastChange.answeredNanos() + SETTLING.toNanos());
    }

    private void change(String flag, String body, int gateway, FlagSetting expected) {
        assertThat(flag).as("the flag whose effect the features can see").isEqualTo(LogKeepingProbe.FLAG);
        FlagSetting before = listedValue(flag, gateway);
        beforeTheScenario.putIfAbsent(flag, before);
        Reply reply = world().answered(client().changeFlag(flag, body, gateway));
        long answered = System.nanoTime();
        assertThat(reply.status()).as("the flag %s changed: %s", flag, reply).isEqualTo(200);
        assertThat(reply.body().path("name").asText()).as("the flag named in %s", reply).isEqualTo(flag);
        assertThat(FlagSetting.listed(reply.body())).as("the flag as the change answered it: %s", reply).isEqualTo(expected);
        lastChange = new Change(flag, before, expected, answered);
    }

    private void everyGatewayAnswersTheChangeWithin(int seconds) {
        assertThat(lastChange).as("the operator changed a flag").isNotNull();
        Duration took = probe().untilEveryGatewayAnswers(lastChange.before(), lastChange.now(), lastChange.answeredNanos(),
                lastChange.answeredNanos() + Duration.ofSeconds(seconds).toNanos());
        System.out.printf("[acceptance] every gateway answered the flag %s as %s %d ms after the change%n",
                lastChange.flag(), lastChange.now(), took.toMillis());
    }

    /** A change that the waiting room should refuse; should it take it anyway, the flag is set back after the scenario. */
    private void attempt(String flag, String body) {
        listedBeforeTheAttempt.clear();
        for (int gateway = 0; gateway < client().gateways(); gateway++) {
            JsonNode listed = listed(gateway).body();
            listedBeforeTheAttempt.put(gateway, listed);
            if (gateway == 0) {
                find(listed, flag).ifPresent(known -> beforeTheScenario.putIfAbsent(flag, FlagSetting.listed(known)));
            }
        }
        world().answered(client().changeFlag(flag, body));
    }

    private LogKeepingProbe probe() {
        if (probe == null) {
            probe = new LogKeepingProbe(client());
        }
        return probe;
    }

    private static Reply listed(int gateway) {
        Reply reply = client().flags(gateway);
        assertThat(reply.status()).as("the flags as gateway %d lists them: %s", gateway, reply).isEqualTo(200);
        assertThat(reply.body().path("flags").isArray()).as("the flags in %s", reply).isTrue();
        return reply;
    }

    private static FlagSetting listedValue(String flag, int gateway) {
        Reply reply = listed(gateway);
        return FlagSetting.listed(find(reply.body(), flag)
                .orElseThrow(() -> new AssertionError("gateway " + gateway + " does not list the flag " + flag + ": " + reply)));
    }

    private static Optional<JsonNode> find(JsonNode listed, String flag) {
        for (JsonNode one : listed.path("flags")) {
            if (one.path("name").asText().equals(flag)) {
                return Optional.of(one);
            }
        }
        return Optional.empty();
    }
}
