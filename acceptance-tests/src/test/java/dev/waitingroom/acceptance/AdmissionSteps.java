package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Letting people in: at the event's pace, in the queue's order, never more windows open than the
 * event allows, and nobody while the sale is paused. The pace is checked against the moment the
 * operator's request to open was sent, which is no later than the moment the sale really opened, and
 * against the end of each look, which is no earlier than anything the look saw: the bound is never
 * tightened by the test's own timing.
 */
public final class AdmissionSteps {

    private static final Duration BETWEEN_CHECKS = Duration.ofMillis(100);

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("the queue is watched until all {int} people have been let in, for at most {int} seconds")
    public void watchedUntilAll(int people, int seconds) {
        assertThat(world().peopleInJoiningOrder()).as("everyone who joined").hasSize(people);
        world().recordLooks(watch().until(people, Pause.deadlineIn(Duration.ofSeconds(seconds))));
    }

    @When("the queue is watched until at least {int} people have been let in, for at most {int} seconds")
    public void watchedUntilAtLeast(int people, int seconds) {
        world().recordLooks(watch().until(people, Pause.deadlineIn(Duration.ofSeconds(seconds))));
    }

    @When("the queue is watched through every gateway at the same time until {int} people have been let in, for at most {int} seconds")
    public void watchedThroughEveryGateway(int people, int seconds) {
        world().recordLooks(watch().throughEveryGatewayAtOnce(people, Pause.deadlineIn(Duration.ofSeconds(seconds))));
    }

    /**
     * In a look, person i (1-based, in joining order) is either ready, or waiting at the place i - a,
     * where a is how many had been let in when that person was checked. Since people are checked from the
     * last to join to the first, a never goes down along the look and never exceeds the ready people
     * the look found, and the ready people are exactly the first ones.
     */
    @Then("at every look, those let in were exactly the first to join, and everyone else waited behind them in joining order")
    public void letInInJoiningOrder() {
        List<String> problems = new ArrayList<>();
        for (Look look : world().looks()) {
            List<Reply> statuses = look.statuses();
            int ready = look.letIn();
            long letInWhenChecked = 0;
            for (int i = statuses.size() - 1; i >= 0; i--) {
                Reply status = statuses.get(i);
                if (i < ready && !status.ready()) {
                    problems.add("person " + (i + 1) + " is not ready although " + ready + " are, in " + look);
                } else if (i >= ready && !status.waiting()) {
                    problems.add("person " + (i + 1) + " is not waiting although only " + ready + " are ready, in " + look);
                } else if (i >= ready) {
                    long ahead = (i + 1) - status.placeShown();
                    if (ahead < letInWhenChecked || ahead > ready) {
                        problems.add("person " + (i + 1) + " waits at place " + status.placeShown()
                                + ", out of joining order, in " + look);
                    }
                    letInWhenChecked = Math.max(letInWhenChecked, ahead);
                }
            }
            if (look.counted() < ready) {
                problems.add("the event counts fewer people let in than are ready, in " + look);
            }
        }
        assertThat(problems).as("looks out of joining order").isEmpty();
    }

    @Then("at every look, no more people had been let in since the sale opened/resumed than {double} a second plus {int} at once")
    public void withinThePace(double rate, int atOnce) {
        assertThat(world().settings().path("admission_rate_per_sec").asDouble())
                .as("the event's admission rate").isEqualTo(rate);
        assertThat(atOnce).as("one second's worth, at least one person").isEqualTo((int) Math.max(1, Math.floor(rate)));
        QueueWorld.SaleOpening opening = world().saleOpening();
        List<String> problems = new ArrayList<>();
        for (Look look : world().looks()) {
            long letIn = Math.max(look.letIn(), look.counted()) - opening.letInBefore();
            double seconds = look.secondsAfter(opening.sentNanos());
            double allowed = rate * seconds + atOnce;
            if (letIn > allowed) {
                problems.add(String.format("%d let in %.3f s after the opening, more than %.1f: %s", letIn, seconds, allowed, look));
            }
        }
        assertThat(problems).as("looks that found more let in than the pace allows").isEmpty();
    }

    @Then("at least {int} looks caught the sale part way, with some but not all of the {int} let in")
    public void looksPartWay(int looks, int people) {
        assertThat(world().looks()).filteredOn(look -> look.letIn() > 0 && look.letIn() < people)
                .as("looks with some but not all let in, of %s", world().looks().size())
                .hasSizeGreaterThanOrEqualTo(looks);
    }

    @Then("at least {int} people had been let in within {int} seconds of the opening")
    public void progress(int people, int seconds) {
        QueueWorld.SaleOpening opening = world().saleOpening();
        assertThat(world().looks())
                .as("a look %d s after the opening or sooner that found %d let in", seconds, people)
                .anySatisfy(look -> {
                    assertThat(look.secondsAfter(opening.sentNanos())).isLessThanOrEqualTo(seconds);
                    assertThat(look.counted() - opening.letInBefore()).isGreaterThanOrEqualTo(people);
                });
    }

    @Then("these people are let in within {int} seconds: {names}")
    public void theseAreLetIn(int seconds, List<String> people) {
        long deadline = Pause.deadlineIn(Duration.ofSeconds(seconds));
        people.forEach(person -> letInBy(person, deadline));
    }

    @Then("{string} is let in within {int} seconds")
    public void isLetIn(String person, int seconds) {
        letInBy(person, Pause.deadlineIn(Duration.ofSeconds(seconds)));
    }

    @Then("for the next {int} seconds nobody else is let in, while the others keep these places:")
    public void nobodyElseLetIn(int seconds, Map<String, Long> places) {
        long end = Pause.deadlineIn(Duration.ofSeconds(seconds));
        int checks = 0;
        do {
            assertThat(world().letInCounted()).as("people let in, at check %d", checks + 1)
                    .isEqualTo(world().peopleSeenLetIn());
            places.forEach((person, place) -> {
                Reply status = world().client().status(world().onlyPlaceOf(person));
                assertThat(status.waiting()).as("%s is waiting: %s", person, status).isTrue();
                assertThat(status.placeShown()).as("the place of %s", person).isEqualTo(place);
            });
            checks++;
            Pause.millis(200);
        } while (System.nanoTime() < end);
        assertThat(checks).as("checks in %d seconds", seconds).isGreaterThanOrEqualTo(seconds);
    }

    @Then("{int} admission window(s) is/are open")
    public void windowsOpen(long open) {
        assertThat(world().counters().path("active").asLong(-1)).as("admission windows open").isEqualTo(open);
    }

    @Then("nobody has been let in")
    public void nobodyLetIn() {
        JsonNode counters = world().counters();
        assertThat(counters.path("admitted_total").asLong(-1)).as("people let in: %s", counters).isZero();
        assertThat(counters.path("active").asLong(-1)).as("admission windows open: %s", counters).isZero();
    }

    /**
     * A pause applies from the next admission step (about a tenth of a second): a step already under way
     * may still let in what it had counted, at most one second's worth. So the count is taken half a
     * second after the pause was confirmed, and must then hold still, at every look, for the whole time.
     */
    @Then("from a moment after the pause on, nobody else is let in for {int} seconds")
    public void nobodyLetInWhilePaused(int seconds) {
        long settled = world().pausedNanos() + Duration.ofMillis(500).toNanos();
        Pause.millis(Math.max(0, (settled - System.nanoTime()) / 1_000_000));
        QueueWatch watch = watch();
        Look first = watch.look(-1);
        double atOnce = Math.max(1, world().settings().path("admission_rate_per_sec").asDouble());
        assertThat(first.counted() - world().letInAtPause())
                .as("let in after the pause was confirmed, by a step already under way: %s", first)
                .isLessThanOrEqualTo((long) atOnce);
        assertThat(first.letIn()).as("ready, against the count: %s", first).isEqualTo((int) first.counted());
        long end = Pause.deadlineIn(Duration.ofSeconds(seconds));
        int looks = 0;
        while (System.nanoTime() < end) {
            Pause.millis(200);
            Look look = watch.look(-1);
            assertThat(look.counted()).as("people let in, %s", look).isEqualTo(first.counted());
            assertThat(look.letIn()).as("people ready, %s", look).isEqualTo(first.letIn());
            looks++;
        }
        assertThat(looks).as("looks in %d seconds", seconds).isGreaterThanOrEqualTo(seconds);
    }

    private static QueueWatch watch() {
        List<String> tokens = world().peopleInJoiningOrder().stream().map(world()::onlyPlaceOf).toList();
        return new QueueWatch(world().client(), world().eventId(), tokens);
    }

    /** Checks the person's status until it shows them let in, and remembers when it first did. */
    static void letInBy(String person, long deadline) {
        String token = world().onlyPlaceOf(person);
        Reply status = Pause.until(deadline, BETWEEN_CHECKS, () -> world().client().status(token), reply -> {
            assertThat(reply.ready() || reply.waiting()).as("%s has a place: %s", person, reply).isTrue();
            return reply.ready();
        }, person + " to be let in");
        assertThat(status.placeShown()).as("the place of %s once let in", person).isZero();
        world().seenLetIn(person, new QueueWorld.LetIn(Instant.now()));
    }
}
