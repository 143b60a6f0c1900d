package dev.waitingroom.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * What one run saw: every answer, how long each gateway took to serve newcomers again, and what the audit found.
 *
 * @param recoveryBound the longest a gateway may take from the kill to its first accepted join
 * @param quietDuringFailover what the joins to the quiet events got from the kill until the failover was done
 */
record Outcome(String title, List<Answer> answers, String killed, Duration killToFailover, Duration killToHealthy,
               List<Optional<Duration>> recoveries, Duration recoveryBound, int admissions, int holds, Audit.Findings found,
               Map<String, Long> quietDuringFailover) {

    /** Answers that follow from state the store lost: excused only when durability is local, and then counted. */
    private static final Set<String> LOST_STATE = Set.of("404 TOKEN_NOT_FOUND", "404 TOKEN_EXPIRED", "403 NOT_READY",
            "401 INVALID_RESERVATION_TOKEN", "404 RESERVATION_NOT_FOUND");
    /** The audit reads back tokens and holds that may have ended or been lost: it counts those itself. */
    private static final Set<String> AUDIT_READS = Set.of("audit-status", "audit-reservation");

    Map<String, Long> byCode() {
        return tally(Answer::label);
    }

    /** Answers the API never gives a client who should just try again: a 500, a hang, a 503 without Retry-After... */
    Map<String, Long> broken(boolean lostStateExcused) {
        return answers.stream()
                .filter(answer -> !fine(answer) && !(lostStateExcused && lostState(answer)))
                .collect(Collectors.groupingBy(answer -> answer.route() + " " + answer.label(), TreeMap::new,
                        Collectors.counting()));
    }

    Map<String, Long> lostStateAnswers() {
        return answers.stream().filter(Outcome::lostState)
                .collect(Collectors.groupingBy(answer -> answer.route() + " " + answer.label(), TreeMap::new,
                        Collectors.counting()));
    }

    private static boolean fine(Answer answer) {
        int code = answer.code();
        return (code >= 200 && code < 300) || code == 409 || (code == 503 && answer.retryAfter())
                || (AUDIT_READS.contains(answer.route()) && LOST_STATE.contains(answer.label()));
    }

    private static boolean lostState(Answer answer) {
        return !AUDIT_READS.contains(answer.route()) && LOST_STATE.contains(answer.label());
    }

    private Map<String, Long> tally(Function<Answer, String> by) {
        return answers.stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    void print() {
        System.out.println("=== " + title + " ===");
        System.out.println("answers by code: " + byCode() + " (" + answers.size() + " in all)");
        System.out.println("killed " + killed + "; failover after " + millis(killToFailover)
                + ", killed node a replica again after " + millis(killToHealthy));
        for (int gateway = 0; gateway < recoveries.size(); gateway++) {
            System.out.println("gateway " + gateway + " accepted a join again "
                    + recoveries.get(gateway).map(Outcome::millis).orElse("NEVER") + " after the kill (bound "
                    + millis(recoveryBound) + ")");
        }
        System.out.println("quiet events' joins from the kill to the end of the failover: " + quietDuringFailover);
        System.out.println("acknowledged joins: " + found.joinsChecked() + ", admissions seen: " + admissions
                + ", holds known: " + holds + ", purchases acknowledged: " + found.confirmsChecked());
        System.out.println("lost joins: " + found.lostJoins());
        System.out.println("joins ended without cause: " + found.endedWithoutCause());
        System.out.println("admitted twice: " + found.admittedTwice());
        System.out.println("seats in two holds: " + found.seatsInTwoHolds() + " (holds unreadable: "
                + found.holdsUnreadable() + ")");
        System.out.println("lost confirms: " + found.lostConfirms());
        System.out.println("counters consistent: " + found.countersConsistent() + " " + found.counters());
        System.out.println("answers from lost state: " + lostStateAnswers());
        System.out.println("broken answers: " + broken(false));
    }

    /** Every answer one a client can live with, and every gateway serving newcomers again in time. */
    void assertAvailability(boolean lostStateExcused) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(broken(lostStateExcused)).as("answers other than 2xx, 409 or 503 with Retry-After").isEmpty();
        for (int gateway = 0; gateway < recoveries.size(); gateway++) {
            softly.assertThat(recoveries.get(gateway)).as("gateway %d accepting joins again after the kill", gateway)
                    .hasValueSatisfying(time -> assertThat(time).isLessThanOrEqualTo(recoveryBound));
        }
        softly.assertThat(found.counters()).as("stats seat counters against the seat map, per event")
                .allSatisfy((event, difference) -> assertThat(difference).isEmpty());
        softly.assertAll();
    }

    /** On a Cluster the quiet events live on primaries that did not die: their joins were served during the failover. */
    void assertQuietEventsServedThroughout() {
        assertThat(quietDuringFailover).as("answers to joins of events on the surviving primaries, kill to failover")
                .containsKey("202").allSatisfy((label, count) -> assertThat(label).isEqualTo("202"));
    }

    /** Nothing acknowledged was lost, nobody was let in twice, no seat was sold or held twice. */
    void assertNothingLost() {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(found.lostJoins()).as("acknowledged joins lost").isZero();
        softly.assertThat(found.endedWithoutCause()).as("acknowledged joins ended without cause").isZero();
        softly.assertThat(found.admittedTwice()).as("people admitted twice").isZero();
        softly.assertThat(found.seatsInTwoHolds()).as("seats in two live holds").isZero();
        softly.assertThat(found.holdsUnreadable()).as("acknowledged holds that cannot be read back").isZero();
        softly.assertThat(found.lostConfirms()).as("acknowledged purchases lost").isZero();
        softly.assertAll();
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
