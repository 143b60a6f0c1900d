package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The operator changing one admission setting of an event, and what the event's settings are then. */
public final class SettingsSteps {

    // Cucumber makes a new instance of the class for every scenario
    private AdmissionSetting changed;
    private JsonNode settingsBefore;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("the operator sets the {setting} to {settingValue}")
    public void operatorSets(AdmissionSetting setting, Object value) {
        changed = setting;
        change(Map.of(setting.field(), value));
    }

    /** The change is one request: all of it is taken, or none. */
    @When("the operator changes these settings at once:")
    public void operatorChangesAtOnce(Map<String, String> settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        settings.forEach((phrase, value) -> fields.put(AdmissionSetting.from(phrase).field(), AdmissionSetting.valueWritten(value)));
        change(fields);
    }

    @Then("the refusal names that setting")
    public void refusalNamesTheSetting() {
        assertThat(changed).as("a setting was changed").isNotNull();
        refusalNames(changed);
    }

    @Then("the refusal names the {setting}")
    public void refusalNames(AdmissionSetting setting) {
        assertThat(world().lastReply().refusalMessage()).as("the refusal's message").contains(setting.field());
    }

    /** Asked with a change of nothing, which answers the settings as they are. */
    @Then("the settings of the event are as they were")
    public void settingsUnchanged() {
        Reply now = world().client().configureEvent(world().eventId(), Map.of());
        assertThat(now.status()).as("the event's settings: %s", now).isEqualTo(200);
        assertThat(now.body()).as("the event's settings").isEqualTo(settingsBefore);
        assertThat(world().counters()).as("the event's counters").isEqualTo(world().countersBefore());
    }

    private void change(Map<String, Object> fields) {
        settingsBefore = world().settings();
        world().rememberCounters();
        Reply reply = world().answered(world().client().configureEvent(world().eventId(), fields));
        if (reply.status() == 200) {
            world().settingsConfirmed(reply.body());
        }
    }

    @Then("the event's {setting} is now {settingValue}")
    public void settingIsNow(AdmissionSetting setting, Object value) {
        Reply reply = world().lastReply();
        assertThat(reply.status()).as("the change was taken: %s", reply).isEqualTo(200);
        assertThat(reply.body().path(setting.field()).decimalValue())
                .as("%s in %s", setting, reply)
                .isEqualByComparingTo(new BigDecimal(value.toString()));
        Reply again = world().client().configureEvent(world().eventId(), Map.of());
        assertThat(again.body()).as("the event's settings, asked again").isEqualTo(reply.body());
    }
}
