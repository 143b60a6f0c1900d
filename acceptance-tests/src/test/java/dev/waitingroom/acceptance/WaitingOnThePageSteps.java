package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A person on the event's page, in a browser of their own: opening it, refreshing it, opening it in a
 * second tab, and what it shows while they wait and when they are let in. People who joined through
 * the API can keep checking their places meanwhile, so that they stay ahead in the queue.
 */
public final class WaitingOnThePageSteps {

    /** Long enough for a poll (at most every 3 seconds here) and a slow, shared machine. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    // Cucumber makes a new instance of the class for every scenario
    private final Map<String, String> firstTokenKept = new HashMap<>();

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    static EventPage pageOf(String person) {
        return PageVisitors.current().pageOf(person);
    }

    @When("{string} opens the event's page")
    public void opensThePage(String person) {
        String eventId = world().eventId();
        EventPage page = PageVisitors.current().pageOf(person, eventId);
        page.browser().visit(EventPage.addressOf(DeploymentHooks.frontDoor().address(), eventId));
    }

    @When("{string} opens the event's page on a phone")
    public void opensThePageOnAPhone(String person) {
        String eventId = world().eventId();
        EventPage page = PageVisitors.current().phonePageOf(person, eventId);
        page.browser().visit(EventPage.addressOf(DeploymentHooks.frontDoor().address(), eventId));
    }

    @Then("the page of {string} fits the phone's width, with nothing to scroll sideways")
    public void fitsThePhone(String person) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, "the page to show the event", () -> !page.state().equals("loading"));
        assertThat(page.width()).as("the phone's width in CSS pixels").isEqualTo(360);
        assertThat(page.fitsItsWidth()).as("the page fits 360 px: %s", page.describe()).isTrue();
    }

    /** The polite live region says the place, for those who cannot see it change. */
    @Then("the page of {string} has told screen readers that she/he/they is/are number {int} in line")
    public void toldScreenReaders(String person, int position) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, "the announcer to say place " + position,
                () -> page.textOf("announcer").matches("(?s).*\\b" + position + "\\b.*"));
        assertThat(page.browser().<String>script("return document.getElementById('announcer').getAttribute('aria-live')"))
                .as("the announcer speaks politely").isEqualTo("polite");
    }

    @When("{string} refreshes the page")
    public void refreshes(String person) {
        pageOf(person).browser().refresh();
    }

    @When("{string} closes the browser, opens it again and opens the event's page")
    public void closesAndReopens(String person) {
        EventPage page = PageVisitors.current().reopen(person);
        page.browser().visit(EventPage.addressOf(DeploymentHooks.frontDoor().address(), world().eventId()));
    }

    @When("{string} opens the event's page in a second tab")
    public void opensASecondTab(String person) {
        pageOf(person).browser().visitInNewTab(EventPage.addressOf(DeploymentHooks.frontDoor().address(), world().eventId()));
    }

    /** Those who joined the queue through the API keep their places alive, as a page would, until the scenario ends. */
    @Given("they keep checking their places every {int} seconds")
    public void theyKeepChecking(int seconds) {
        Map<String, String> tokens = new LinkedHashMap<>();
        world().peopleInJoiningOrder().forEach(person -> tokens.put(person, world().onlyPlaceOf(person)));
        WaitingRoomClient client = world().client();
        ScheduledExecutorService checking = Executors.newSingleThreadScheduledExecutor();
        checking.scheduleWithFixedDelay(() -> tokens.values().forEach(token -> {
            try {
                client.status(token);
            } catch (RuntimeException serverAway) {
                // a scenario may stop the server for a while: the next check tries again
            }
        }), 0, seconds, TimeUnit.SECONDS);
        world().keepRunning(checking::shutdownNow);
    }

    @Then("the page of {string} shows her/him/them waiting at place {long}, with {long} person/people ahead")
    public void showsWaitingAt(String person, long place, long ahead) {
        EventPage page = pageOf(person);
        page.waitFor(PATIENCE, person + " waiting at place " + place + " with " + ahead + " ahead",
                () -> page.state().equals("waiting") && Objects.equals(page.numberShown("position"), place)
                        && Objects.equals(page.numberShown("ahead"), ahead));
        String token = page.waitingTokenKept();
        assertThat(token).as("the waiting token the page keeps in the browser for the event: %s", page.placeKept())
                .isNotBlank();
        firstTokenKept.putIfAbsent(person, token);
        PageVisitors.current().keepMoment("waiting", page);
    }

    @Then("the page of {string} still holds the waiting token it was first given")
    public void sameTokenAsBefore(String person) {
        assertThat(firstTokenKept).as("the page of %s was seen waiting before", person).containsKey(person);
        assertThat(pageOf(person).waitingTokenKept()).as("the waiting token the page of %s keeps", person)
                .isEqualTo(firstTokenKept.get(person));
    }

    /** Never an invented number while the waiting room has no measure of the pace. */
    @Then("the page of {string} says the wait is not known yet")
    public void waitNotKnown(String person) {
        EventPage page = pageOf(person);
        String eta = page.waitFor(PATIENCE, "the estimate of the wait to be shown",
                () -> page.shows("eta") ? page.textOf("eta") : null);
        assertThat(eta).as("the estimate of the wait").containsIgnoringCase("not known yet").doesNotContainPattern("\\d");
    }

    /** Let in, entered on its own, choosing seats: the seat map is there. */
    @Then("the page of {string} lets her/him/them in within {int} seconds")
    public void letsIn(String person, int seconds) {
        EventPage page = pageOf(person);
        page.waitFor(Duration.ofSeconds(seconds), person + " let in, choosing seats",
                () -> page.state().equals("admitted") && page.shows("seat-map") && !page.seats().isEmpty());
        // the tab's title says so too, for someone looking at another tab; it is set just after the map is drawn
        String title = page.waitFor(PATIENCE, "the tab's title to say it is " + person + "'s turn", () -> {
            String shown = page.browser().driver().getTitle();
            return shown.toLowerCase(Locale.ROOT).contains("your turn") ? shown : null;
        });
        assertThat(title).as("the tab's title once let in").containsIgnoringCase("your turn");
    }

    @Then("the page of {string} counts down her/his/their admission window")
    public void countsDownTheWindow(String person) {
        pageOf(person).assertCountingDown("window-countdown", world().settings().path("entry_ttl_sec").asLong());
    }

    @Then("the page of {string} shows the seat(s) {seats} {seatState}")
    public void showsSeats(String person, List<String> seats, String state) {
        EventPage page = pageOf(person);
        String status = state.toLowerCase(Locale.ROOT);
        page.waitFor(PATIENCE, "the seats " + seats + " shown " + status, () -> {
            Map<String, EventPage.SeatShown> shown = page.seats();
            return seats.stream().allMatch(seat -> shown.containsKey(seat) && shown.get(seat).status().equals(status));
        });
        Map<String, EventPage.SeatShown> shown = page.seats();
        seats.forEach(seat -> assertThat(shown.get(seat).enabled()).as("the seat %s, %s, can be picked: %s", seat, status,
                shown.get(seat)).isEqualTo(status.equals("available")));
    }
}
