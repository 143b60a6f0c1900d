package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Someone let in entering: ready until the admission window ends, and the same pass every time. */
public final class EntrySteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Given("{string} has been let in and has entered")
    public void letInAndEntered(String person) {
        theseLetInAndEntered(List.of(person));
    }

    /**
     * Each person joins, in this order; the sale opens, unless it is open already; each is let in, and
     * enters with a pass.
     */
    @Given("these people have been let in and have entered: {names}")
    public void theseLetInAndEntered(List<String> people) {
        for (String person : people) {
            Reply joined = world().join(person);
            assertThat(joined.accepted()).as("%s joined: %s", person, joined).isTrue();
        }
        if (world().settings().path("paused").asBoolean(false)) {
            SaleSteps.open();
        }
        long deadline = Pause.deadlineIn(Duration.ofSeconds(10));
        people.forEach(person -> AdmissionSteps.letInBy(person, deadline));
        for (String person : people) {
            enters(person);
            assertGranted(person, world().lastReply());
        }
    }

    @When("{string} enters")
    public void enters(String person) {
        world().entered(person, world().client().enter(world().onlyPlaceOf(person)));
    }

    @When("{string} enters again")
    public void entersAgain(String person) {
        enters(person);
    }

    /**
     * The window opened when the person was let in, which was after the request to open the sale was
     * sent: so no more than the window's length is left, and no less than that length minus the time
     * since that request.
     */
    @Then("{string} is given an entry pass for what is left of an admission window of {int} seconds")
    public void givenAPass(String person, int windowSeconds) {
        Reply entry = world().entriesOf(person).getLast();
        long sinceOpening = (System.nanoTime() - world().saleOpening().sentNanos()) / 1_000_000_000L + 1;
        assertGranted(person, entry);
        assertThat(entry.body().path("ttl_sec").asLong())
                .as("seconds left of the window of %s: %s", person, entry)
                .isBetween(windowSeconds - sinceOpening, (long) windowSeconds);
    }

    @Then("{string} is still ready to enter")
    public void stillReady(String person) {
        Reply status = world().client().status(world().onlyPlaceOf(person));
        assertThat(status.ready()).as("%s is ready: %s", person, status).isTrue();
        assertThat(status.placeShown()).as("the place of %s once let in", person).isZero();
        assertThat(status.body().path("ready_for_entry").asBoolean(false)).as("ready for entry: %s", status).isTrue();
        assertThat(status.estimate()).as("the estimate of someone let in: %s", status).isZero();
    }

    @Then("{string} is given the same entry pass as before, with no more time left than before")
    public void sameEntryPass(String person) {
        List<Reply> entries = world().entriesOf(person);
        assertThat(entries).as("entries of %s", person).hasSizeGreaterThanOrEqualTo(2);
        Reply before = entries.get(entries.size() - 2);
        Reply now = entries.getLast();
        assertGranted(person, now);
        assertThat(now.body().path("reservation_token").asText()).as("the pass given again")
                .isEqualTo(before.body().path("reservation_token").asText());
        assertThat(now.body().path("ttl_sec").asLong()).as("seconds left, again")
                .isLessThanOrEqualTo(before.body().path("ttl_sec").asLong());
    }

    @Then("{string} can no longer enter, because {refusal}")
    public void cannotEnter(String person, Refusal refusal) {
        enters(person);
        world().lastReply().assertRefusedBecause(refusal);
    }

    @Then("{string} is told that the place has expired")
    public void toldExpired(String person) {
        world().answered(world().client().status(world().onlyPlaceOf(person))).assertRefusedBecause(Refusal.PLACE_EXPIRED);
    }

    /** The person's status is checked until it says the window ended; the window opened after the sale did. */
    @When("the admission window of {string} ends, no sooner than {int} seconds and no later than {int} seconds after the sale opened")
    public void windowEnds(String person, int soonest, int latest) {
        long opened = world().saleOpening().sentNanos();
        String token = world().onlyPlaceOf(person);
        Pause.until(opened + Duration.ofSeconds(latest).toNanos(), Duration.ofMillis(200), () -> world().client().status(token),
                status -> {
                    boolean expired = status.status() == Refusal.PLACE_EXPIRED.status()
                            && status.body().path("error").path("code").asText().equals(Refusal.PLACE_EXPIRED.code());
                    assertThat(expired || status.ready()).as("%s is ready or expired: %s", person, status).isTrue();
                    return expired;
                }, "the admission window of " + person + " to end");
        assertThat((System.nanoTime() - opened) / 1e9).as("seconds from the opening until the window was seen ended")
                .isGreaterThanOrEqualTo(soonest);
    }

    @Then("the refusal tells the place, {long}")
    public void refusalTellsThePlace(long place) {
        assertThat(world().lastReply().refusalMessage()).as("the refusal's message")
                .containsPattern(Pattern.compile("\\b" + place + "\\b"));
    }

    private static void assertGranted(String person, Reply entry) {
        assertThat(entry.status()).as("%s entered: %s", person, entry).isEqualTo(200);
        assertThat(entry.body().path("admission").asText()).as("admission of %s: %s", person, entry).isEqualTo("granted");
        assertThat(entry.body().path("reservation_token").asText()).as("the pass of %s: %s", person, entry).isNotBlank();
    }
}
