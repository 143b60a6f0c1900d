package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's places and their log: what happened to the person, in order, as the operator and the
 * person read it.
 */
public final class PersonLogSteps {

    private static final Duration BETWEEN_CHECKS = Duration.ofMillis(100);
    /** The times a log names are to the millisecond; a window or hold of n seconds ends n seconds after the change, give or take. */
    private static final Duration PRECISION = Duration.ofSeconds(1);
    private static final int PAGE = 100;

    private static final Pattern POSITION = Pattern.compile("position (\\d+)");
    private static final Pattern WINDOW_ENDS = Pattern.compile("window ends (\\d+) seconds later");
    private static final Pattern HOLD_ENDS = Pattern.compile("hold ends (\\d+) seconds later");
    private static final Pattern RESERVATION = Pattern.compile("reservation of \"([^\"]+)\"");
    private static final Pattern SEATS = Pattern.compile("seats (.+)");
    private static final Pattern REASON = Pattern.compile("reason (\\w+)");
    private static final Pattern WAS = Pattern.compile("was (\\w+)");

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    /** The waiting tokens of the person's places, in the order the joins that took them were accepted. */
    static List<String> placesOf(String person) {
        return world().joinsOf(person).stream().map(QueueWorld.Join::reply).filter(Reply::accepted)
                .map(Reply::waitingToken).toList();
    }

    static String placeOf(String person, int ordinal) {
        List<String> places = placesOf(person);
        assertThat(places).as("places of %s", person).hasSizeGreaterThanOrEqualTo(ordinal);
        return places.get(ordinal - 1);
    }

    @Then("every place of {string} is let in within {int} seconds")
    public void everyPlaceLetIn(String person, int seconds) {
        long deadline = Pause.deadlineIn(Duration.ofSeconds(seconds));
        for (String token : placesOf(person)) {
            Pause.until(deadline, BETWEEN_CHECKS, () -> world().client().status(token), reply -> {
                assertThat(reply.ready() || reply.waiting()).as("a place of %s: %s", person, reply).isTrue();
                return reply.ready();
            }, "the place " + token + " of " + person + " to be let in");
        }
    }

    @When("{string} enters with his/her {ordinal} place")
    public void entersWith(String person, int ordinal) {
        Reply entry = world().entered(person, world().client().enter(placeOf(person, ordinal)));
        assertThat(entry.status()).as("%s entered: %s", person, entry).isEqualTo(200);
    }

    /**
     * The whole log, read a page at a time, against the table: one row a change, oldest first. A row names
     * the change, which of the person's places it concerns, and what the change says about it, items
     * separated by semicolons: "position 1", "window ends 600 seconds later" (after the change), "reservation
     * of "ann"", "seats A1, A2" (in the order held), "hold ends 300 seconds later", "reason purchased",
     * "was waiting".
     */
    @Then("the log of {string} shows exactly these changes, oldest first:")
    public void logShowsExactly(String person, List<Map<String, String>> rows) {
        assertLogShows(person, rows, PersonLogShown.ofUser(world().client(), world().eventId(), person, PAGE));
    }

    /** For changes the waiting room makes on its own time: the log is read until it has as many changes as the table. */
    @Then("within {int} seconds, the log of {string} shows exactly these changes, oldest first:")
    public void logShowsExactlyWithin(int seconds, String person, List<Map<String, String>> rows) {
        PersonLogShown log = Pause.until(Pause.deadlineIn(Duration.ofSeconds(seconds)), BETWEEN_CHECKS,
                () -> PersonLogShown.ofUser(world().client(), world().eventId(), person, PAGE),
                shown -> shown.entries().size() >= rows.size(), rows.size() + " changes in the log of " + person);
        assertLogShows(person, rows, log);
    }

    private static void assertLogShows(String person, List<Map<String, String>> rows, PersonLogShown log) {
        assertThat(log.entries()).as("the log of %s", person).hasSameSizeAs(rows);
        List<String> places = placesOf(person);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            PersonLogShown.Entry entry = log.entries().get(i);
            String change = Objects.requireNonNull(row.get("change"), "a column 'change'").replace(' ', '_');
            String place = placeOf(person, Integer.parseInt(row.get("place").replaceAll("\\D", "")));
            assertThat(entry.type()).as("change %d of the log of %s: %s", i + 1, person, log).isEqualTo(change);
            assertThat(entry.ticket()).as("the place of change %d (%s of %s's places %s), in %s", i + 1, row.get("place"),
                    person, places, entry).isEqualTo(place);
            assertDetails(entry, Objects.requireNonNullElse(row.get("details"), ""));
        }
    }

    /** The person's history, asked with a waiting token, is the log of that token's person. */
    @Then("the history {string} reads with his/her {ordinal} place shows the same changes")
    public void historyShowsTheSame(String person, int ordinal) {
        PersonLogShown log = PersonLogShown.ofUser(world().client(), world().eventId(), person, PAGE);
        PersonLogShown history = PersonLogShown.ofToken(world().client(), placeOf(person, ordinal), PAGE);
        assertThat(history.entries()).extracting(PersonLogShown.Entry::body)
                .as("the history %s reads with the %d place", person, ordinal)
                .containsExactlyElementsOf(log.entries().stream().map(PersonLogShown.Entry::body).toList());
    }

    private static void assertDetails(PersonLogShown.Entry entry, String details) {
        for (String item : details.split(";")) {
            String said = item.strip();
            if (said.isEmpty()) {
                continue;
            }
            Matcher matched;
            if ((matched = POSITION.matcher(said)).matches()) {
                assertThat(entry.number("position")).as("the position in %s", entry).isEqualTo(Long.parseLong(matched.group(1)));
            } else if ((matched = WINDOW_ENDS.matcher(said)).matches()) {
                assertEndsLater(entry, "window_ends", Long.parseLong(matched.group(1)));
            } else if ((matched = HOLD_ENDS.matcher(said)).matches()) {
                assertEndsLater(entry, "hold_ends", Long.parseLong(matched.group(1)));
            } else if ((matched = RESERVATION.matcher(said)).matches()) {
                assertThat(entry.text("reservation_id")).as("the reservation in %s", entry)
                        .isEqualTo(world().reservations().reservationOf(matched.group(1)));
            } else if ((matched = SEATS.matcher(said)).matches()) {
                assertThat(entry.seats()).as("the seats in %s", entry).containsExactlyElementsOf(SeatNames.parse(matched.group(1)));
            } else if ((matched = REASON.matcher(said)).matches()) {
                assertThat(entry.text("reason")).as("the reason in %s", entry).isEqualTo(matched.group(1));
            } else if ((matched = WAS.matcher(said)).matches()) {
                assertThat(entry.text("was")).as("what the place was in %s", entry).isEqualTo(matched.group(1));
            } else {
                throw new IllegalArgumentException("the features say nothing like '" + said + "' about a change");
            }
        }
    }

    private static void assertEndsLater(PersonLogShown.Entry entry, String field, long seconds) {
        Instant expected = entry.at().plusSeconds(seconds);
        assertThat(entry.time(field)).as("%s, %d seconds after the change, in %s", field, seconds, entry)
                .isBetween(expected.minus(PRECISION), expected.plus(PRECISION));
    }
}
