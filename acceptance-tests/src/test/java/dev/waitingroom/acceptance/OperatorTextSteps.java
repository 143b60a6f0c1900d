package dev.waitingroom.acceptance;

import static dev.waitingroom.acceptance.WaitingOnThePageSteps.PATIENCE;
import static dev.waitingroom.acceptance.WaitingOnThePageSteps.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/** The event's name and message, as the operator wrote them, on the page: text, never markup. */
public final class OperatorTextSteps {

    // Cucumber makes a new instance of the class for every scenario
    private String name;
    private String message;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("an event whose page shows the name {string} and the message {string}")
    public void anEventWithText(String name, String message) {
        this.name = name;
        this.message = message;
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("display_name", name);
        settings.put("message", message);
        world().openEvent(settings);
    }

    @Then("the page of {string} shows the name and the message exactly as the operator wrote them, markup and all")
    public void showsTheTextAsWritten(String person) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, "the event's name and message", () -> page.shows("event-name") && page.shows("event-message")
                && name.equals(page.textOf("event-name")) && message.equals(page.textOf("event-message")));
        // what a reader sees, too: the markup as characters
        assertThat(page.browser().driver().findElement(By.id("event-message")).getText())
                .as("the message as shown").isEqualTo(message.strip());
    }

    @Then("the page of {string} made no element out of the operator's text")
    public void noMarkupMadeElements(String person) {
        EventPage page = pageOf(person);
        assertThat(page.elementsInside("event-name")).as("elements inside #event-name: %s", page.describe()).isZero();
        assertThat(page.elementsInside("event-message")).as("elements inside #event-message: %s", page.describe()).isZero();
        long madeFromText = ((Number) page.browser().script("""
                const text = [arguments[0], arguments[1]].join(' ');
                return Array.from(document.querySelectorAll('b, script'))
                  .filter(e => e.textContent.trim() !== '' && text.includes(e.textContent.trim())).length;""",
                name, message)).longValue();
        assertThat(madeFromText).as("<b> or <script> elements made out of the operator's text").isZero();
        try {
            String shown = page.browser().driver().switchTo().alert().getText();
            throw new AssertionError("the operator's script ran and opened an alert: " + shown);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
