package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * People keeping their place by checking it (each check is a sign of life), and the place of someone
 * who went silent being given up. The people who keep checking do so in the background, on a thread
 * of their own, while the scenario watches the silent one's place from the outside: through the event's
 * counters, since checking that person's place would itself be a sign of life.
 */
public final class KeepingAPlaceSteps {

    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(250);

    // Cucumber makes a new instance of the class for every scenario
    private final Map<String, List<Reply>> checksByPerson = new ConcurrentHashMap<>();
    private final List<Throwable> failedChecks = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService checking;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("everyone but {string} keeps checking their place every {int} seconds")
    public void everyoneButOneKeepsChecking(String silent, int seconds) {
        WaitingRoomClient client = world().client();
        Map<String, String> tokens = new LinkedHashMap<>();
        world().peopleInJoiningOrder().stream().filter(person -> !person.equals(silent))
                .forEach(person -> tokens.put(person, world().onlyPlaceOf(person)));
        assertThat(tokens).as("people who keep checking").isNotEmpty();
        tokens.keySet().forEach(person -> checksByPerson.put(person, new CopyOnWriteArrayList<>()));
        checking = Executors.newSingleThreadScheduledExecutor();
        // a task that throws would be silently never run again: every failure is kept for the assertion instead
        checking.scheduleAtFixedRate(() -> tokens.forEach((person, token) -> {
            try {
                checksByPerson.get(person).add(client.status(token));
            } catch (RuntimeException e) {
                failedChecks.add(e);
            }
        }), 0, seconds, TimeUnit.SECONDS);
        world().keepRunning(this::stopChecking);
    }

    /**
     * The silent person's last sign of life was their join: the place may not be given up before the
     * allowed silence has passed since that join was sent, and must be within the stated time.
     */
    @Then("{string} keeps the place for the {int} seconds of silence allowed, and loses it within {int} seconds of joining")
    public void placeLostAfterSilence(String person, int silenceSeconds, int withinSeconds) {
        assertThat(world().settings().path("abandon_after_sec").asLong()).as("the silence the event allows")
                .isEqualTo(silenceSeconds);
        long joined = world().lastJoinSentNanos(person);
        JsonNode counters = Pause.until(joined + Duration.ofSeconds(withinSeconds).toNanos(), BETWEEN_LOOKS, world()::counters,
                seen -> seen.path("dropped_total").asLong(-1) > 0, "a place to be given up for silence");
        double seconds = (System.nanoTime() - joined) / 1e9;
        assertThat(seconds).as("seconds from joining until the place was seen given up (%s)", counters)
                .isGreaterThanOrEqualTo(silenceSeconds);
        assertThat(counters.path("dropped_total").asLong()).as("places given up for silence: %s", counters).isEqualTo(1);
    }

    /**
     * Following the pace the waiting room asks for must always keep the place: the time it names may
     * not come near the silence allowed.
     */
    @Then("everyone who kept checking was shown a place at every check, and asked to check again well within the silence allowed")
    public void everyCheckShowedAPlace() {
        long silence = world().settings().path("abandon_after_sec").asLong();
        stopChecking();
        assertThat(failedChecks).as("checks that got no answer").isEmpty();
        assertThat(checksByPerson).as("people who kept checking").isNotEmpty();
        checksByPerson.forEach((person, checks) -> {
            assertThat(checks).as("checks by %s", person).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(check -> {
                        assertThat(check.waiting()).as("a check by %s: %s", person, check).isTrue();
                        assertThat(check.body().path("poll_after_sec").asLong(-1))
                                .as("when %s is asked to check again: %s", person, check).isBetween(1L, silence / 2);
                    });
        });
    }

    @Then("{int} place(s) has/have been given up for silence")
    public void placesGivenUp(long dropped) {
        assertThat(world().counters().path("dropped_total").asLong(-1)).as("places given up for silence").isEqualTo(dropped);
    }

    private void stopChecking() {
        if (checking != null) {
            checking.shutdownNow();
            try {
                assertThat(checking.awaitTermination(30, TimeUnit.SECONDS)).as("the checks stopped").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while stopping the checks", e);
            }
        }
    }
}
