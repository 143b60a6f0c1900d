package dev.waitingroom.acceptance;

import static dev.waitingroom.acceptance.WaitingOnThePageSteps.PATIENCE;
import static dev.waitingroom.acceptance.WaitingOnThePageSteps.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Picking, holding and buying seats on the page's seat map, and the words the page has for what happened. */
public final class SeatsOnThePageSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("{string} picks the seat(s) {seats} on the page")
    public void picks(String person, List<String> seats) {
        EventPage page = pageOf(person);
        for (String seat : seats) {
            page.pick(seat);
            page.waitFor(PATIENCE, "the seat " + seat + " to be shown picked (aria-pressed)", () -> {
                EventPage.SeatShown shown = page.seats().get(seat);
                return shown != null && shown.selected();
            });
        }
    }

    @When("{string} picks the seat(s) {seats} on the page with the keyboard")
    public void picksWithTheKeyboard(String person, List<String> seats) {
        EventPage page = pageOf(person);
        for (String seat : seats) {
            page.pickWithTheKeyboard(seat);
            page.waitFor(PATIENCE, "the seat " + seat + " to be shown picked (aria-pressed)", () -> {
                EventPage.SeatShown shown = page.seats().get(seat);
                return shown != null && shown.selected();
            });
        }
    }

    /** Until the page has the waiting room's answer, held or refused, so that whoever holds next comes after. */
    @When("{string} holds the seat(s) she/he/they picked")
    public void holds(String person) {
        EventPage page = pageOf(person);
        page.press("hold");
        page.waitFor(PATIENCE, "the answer to the hold, held or refused",
                () -> page.state().equals("holding") || page.shows("alert") && !page.textOf("alert").isBlank());
    }

    @When("{string} confirms on the page")
    public void confirms(String person) {
        pageOf(person).press("confirm");
    }

    @Then("the page of {string} shows her/his/their hold counting down from at most {int} seconds")
    public void holdCountingDown(String person, int seconds) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, person + " holding seats", () -> page.state().equals("holding"));
        page.assertCountingDown("hold-countdown", seconds);
        assertThat(page.shows("confirm")).as("a way to confirm, on %s", page.describe()).isTrue();
        assertThat(page.shows("cancel")).as("a way to cancel, on %s", page.describe()).isTrue();
    }

    @Then("the page of {string} confirms the seat(s) {seats}")
    public void confirmsSeats(String person, List<String> seats) {
        EventPage page = pageOf(person);
        String confirmation = page.waitFor(PATIENCE, "the confirmation",
                () -> page.state().equals("confirmed") && page.shows("confirmation") ? page.textOf("confirmation") : null);
        seats.forEach(seat -> assertThat(confirmation).as("the confirmation names the seat %s", seat)
                .containsPattern(seatNamed(seat)));
    }

    @Then("the page of {string} says the seat(s) {seats} was/were taken by someone else")
    public void saysTaken(String person, List<String> seats) {
        EventPage page = pageOf(person);
        String alert = page.waitFor(PATIENCE, "an alert about the seats " + seats,
                () -> page.shows("alert") && !page.textOf("alert").isBlank() ? page.textOf("alert") : null);
        seats.forEach(seat -> assertThat(alert).as("the alert names the seat %s", seat).containsPattern(seatNamed(seat)));
        assertThat(page.state()).as("%s is not holding anything: %s", person, page.describe()).isNotEqualTo("holding");
    }

    /** The hold's own time runs out on the page's clock; the waiting room gives the seats back on its own. */
    @Then("within {int} seconds the page of {string} says her/his/their hold ran out")
    public void saysHoldRanOut(int seconds, String person) {
        EventPage page = pageOf(person);
        String alert = page.waitFor(Duration.ofSeconds(seconds), "an alert that the hold ran out",
                () -> page.shows("alert") && !page.textOf("alert").isBlank() ? page.textOf("alert") : null);
        assertThat(alert).as("the alert").containsPattern(Pattern.compile("ran out|run out|expired", Pattern.CASE_INSENSITIVE));
        page.waitFor(PATIENCE, person + " choosing seats again", () -> page.state().equals("admitted"));
    }

    private static Pattern seatNamed(String seat) {
        return Pattern.compile("(?<![A-Za-z0-9])" + seat + "(?![0-9])");
    }
}
