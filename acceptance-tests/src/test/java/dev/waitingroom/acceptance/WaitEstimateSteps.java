package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What people waiting are told about the wait, against the pace the event measured. */
public final class WaitEstimateSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Then("nobody waiting is given an estimate of their wait")
    public void noEstimates() {
        List<Reply> waiting = statusesOfEveryoneWaiting();
        assertThat(waiting).as("people waiting").isNotEmpty()
                .allSatisfy(status -> assertThat(status.estimate()).as("the estimate in %s", status).isNull());
    }

    @Then("the event has measured no pace of letting people in yet")
    public void noPaceMeasured() {
        JsonNode counters = world().counters();
        assertThat(counters.has("admission_rate_measured")).as("a measured pace in %s", counters).isTrue();
        assertThat(counters.path("admission_rate_measured").isNull()).as("no pace measured: %s", counters).isTrue();
    }

    /**
     * The event's counters are read every quarter second from the opening on; every reading that was
     * asked and answered within the stated seconds must show the pace within the tolerance.
     */
    @Then("from {int} to {int} seconds after the opening, the pace at which people are let in, as the event measures it, stays within {int}% of {double} a second")
    public void paceStaysWithin(int from, int to, int percent, double rate) {
        long opened = world().saleOpening().sentNanos();
        long start = opened + Duration.ofSeconds(from).toNanos();
        long end = opened + Duration.ofSeconds(to).toNanos();
        int readings = 0;
        while (System.nanoTime() < end) {
            long asked = System.nanoTime();
            JsonNode counters = world().counters();
            long answered = System.nanoTime();
            if (asked >= start && answered <= end) {
                JsonNode measured = counters.path("admission_rate_measured");
                assertThat(measured.isNumber() && Math.abs(measured.asDouble() - rate) <= rate * percent / 100.0)
                        .as("the measured pace %.2f s after the opening, within %d%% of %s: %s",
                                (answered - opened) / 1e9, percent, rate, counters)
                        .isTrue();
                readings++;
            }
            Pause.millis(250);
        }
        assertThat(readings).as("readings of the pace between %d and %d seconds", from, to).isGreaterThanOrEqualTo(4);
    }

    /** An estimate is whole seconds, so the bounds are the tolerance's, rounded outwards. */
    @Then("everyone still waiting is given an estimate within {int}% of their place divided by {double} a second, in whole seconds")
    public void estimatesWithin(int percent, double rate) {
        List<Reply> waiting = statusesOfEveryoneWaiting();
        assertThat(waiting).as("people still waiting").hasSizeGreaterThanOrEqualTo(10);
        List<String> problems = new ArrayList<>();
        for (Reply status : waiting) {
            double fair = status.placeShown() / rate;
            long lowest = (long) Math.floor(fair * (100 - percent) / 100.0);
            long highest = (long) Math.ceil(fair * (100 + percent) / 100.0);
            Long estimate = status.estimate();
            if (estimate == null || estimate < lowest || estimate > highest) {
                problems.add("at place " + status.placeShown() + " the estimate is " + estimate + " s, not within "
                        + lowest + "-" + highest + " s: " + status);
            }
        }
        assertThat(problems).as("estimates out of tolerance").isEmpty();
    }

    private static List<Reply> statusesOfEveryoneWaiting() {
        List<Reply> waiting = new ArrayList<>();
        for (String person : world().peopleInJoiningOrder()) {
            Reply status = world().client().status(world().onlyPlaceOf(person));
            assertThat(status.ready() || status.waiting()).as("%s has a place: %s", person, status).isTrue();
            if (status.waiting()) {
                waiting.add(status);
            }
        }
        return waiting;
    }
}
