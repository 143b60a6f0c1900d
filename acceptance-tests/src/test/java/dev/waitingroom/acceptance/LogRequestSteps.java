package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Asking for a log right or wrong, by the operator (by user id) and by the person (by waiting token),
 * and the settings of how an event keeps its logs.
 */
public final class LogRequestSteps {

    // Cucumber makes a new instance of the class for every scenario
    private JsonNode settingsBefore;
    private LogSetting changed;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("the operator asks for the log of {string} {int} changes at a time")
    public void operatorAsksForSoMany(String person, int limit) {
        askOperator(world().eventId(), "user_id", person, "limit", String.valueOf(limit));
    }

    @When("the operator asks for the log of {string} {string} changes at a time")
    public void operatorAsksForSoManyWritten(String person, String limit) {
        askOperator(world().eventId(), "user_id", person, "limit", limit);
    }

    @When("the operator asks for the log of {string} after the cursor {string}")
    public void operatorAsksAfter(String person, String cursor) {
        askOperator(world().eventId(), "user_id", person, "after", cursor);
    }

    @When("the operator asks for the log of {string} in an event that does not exist")
    public void operatorAsksInAnUnknownEvent(String person) {
        askOperator("never-" + UUID.randomUUID(), "user_id", person);
    }

    @When("the operator asks for the log of {string}")
    public void operatorAsks(String person) {
        askOperator(world().eventId(), "user_id", person);
    }

    @When("the operator asks for a log without naming the person")
    public void operatorAsksForNobody() {
        askOperator(world().eventId());
    }

    @When("{string} asks for the history of his/her place")
    public void personAsks(String person) {
        askHistory("token", world().onlyPlaceOf(person));
    }

    @When("{string} asks for the history of his/her place {int} changes at a time")
    public void personAsksForSoMany(String person, int limit) {
        askHistory("token", world().onlyPlaceOf(person), "limit", String.valueOf(limit));
    }

    @When("{string} asks for the history of his/her place after the cursor {string}")
    public void personAsksAfter(String person, String cursor) {
        askHistory("token", world().onlyPlaceOf(person), "after", cursor);
    }

    @When("someone asks for a history without giving a waiting token")
    public void historyWithoutToken() {
        askHistory();
    }

    @When("someone asks for the history of a waiting token that was never given out")
    public void historyOfAnUnknownToken() {
        askHistory("token", world().eventId() + "~" + UUID.randomUUID());
    }

    @Then("the log of {string} holds only his/her join, and so does his/her history")
    public void logHoldsOnlyTheJoin(String person) {
        String place = world().onlyPlaceOf(person);
        PersonLogShown log = PersonLogShown.ofUser(world().client(), world().eventId(), person, 100);
        assertThat(log.entries()).as("the log of %s", person).hasSize(1)
                .allSatisfy(entry -> {
                    assertThat(entry.type()).isEqualTo("joined");
                    assertThat(entry.ticket()).isEqualTo(place);
                });
        PersonLogShown history = PersonLogShown.ofToken(world().client(), place, 100);
        assertThat(history.entries()).extracting(PersonLogShown.Entry::body).as("the history of %s", person)
                .containsExactly(log.entries().getFirst().body());
    }

    @Then("the log shown is empty, with no page after it")
    public void emptyLog() {
        Reply reply = world().lastReply();
        assertThat(reply.status()).as("the log: %s", reply).isEqualTo(200);
        assertThat(reply.body().path("entries").isArray() && reply.body().path("entries").isEmpty())
                .as("no entries in %s", reply).isTrue();
        assertThat(reply.body().has("next") && reply.body().path("next").isNull()).as("no cursor in %s", reply).isTrue();
    }

    @When("the operator sets the {logSetting} to {settingValue}")
    public void operatorSets(LogSetting setting, Object value) {
        changed = setting;
        settingsBefore = world().settings();
        Reply reply = world().answered(world().client().configureEvent(world().eventId(), Map.of(setting.field(), value)));
        if (reply.status() == 200) {
            world().settingsConfirmed(reply.body());
        }
    }

    @Then("the refusal names that log setting")
    public void refusalNamesTheSetting() {
        assertThat(changed).as("a log setting was changed").isNotNull();
        assertThat(world().lastReply().refusalMessage()).as("the refusal's message").contains(changed.field());
    }

    /** Asked with a change of nothing, which answers the settings as they are. */
    @Then("the settings of the event, its log settings too, are as they were")
    public void settingsUnchanged() {
        Reply now = world().client().configureEvent(world().eventId(), Map.of());
        assertThat(now.status()).as("the event's settings: %s", now).isEqualTo(200);
        assertThat(now.body()).as("the event's settings").isEqualTo(settingsBefore);
    }

    /** As the last change answered, and as the event's settings say when asked again. */
    @Then("the event's {logSetting} is {settingValue}")
    public void settingIs(LogSetting setting, Object value) {
        JsonNode settings = world().settings();
        assertThat(settings.path(setting.field()).decimalValue()).as("%s in %s", setting, settings)
                .isEqualByComparingTo(new BigDecimal(value.toString()));
        Reply again = world().client().configureEvent(world().eventId(), Map.of());
        assertThat(again.body()).as("the event's settings, asked again").isEqualTo(settings);
    }

    private static void askOperator(String eventId, String... query) {
        world().answered(world().client().personLog(eventId, WaitingRoomClient.query(query)));
    }

    private static void askHistory(String... query) {
        world().answered(world().client().history(WaitingRoomClient.query(query)));
    }
}
