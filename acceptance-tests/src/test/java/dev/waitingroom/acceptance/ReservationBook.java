package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the people of one scenario asked of the event's seats, and what they were answered: each
 * person's holds in the order sent, and the answers about their reservations.
 */
final class ReservationBook {

    /**
     * One hold a person asked for.
     *
     * @param seats      the seats asked for, in the order asked
     * @param sentAt     the wall clock just before it was sent: no earlier than the hold began
     * @param answeredAt the wall clock once it was answered
     */
    record Hold(List<String> seats, Instant sentAt, Instant answeredAt, Reply reply) {

        boolean taken() {
            return reply.status() == 201;
        }

        String reservationId() {
            assertThat(taken()).as("a hold that was taken: %s", reply).isTrue();
            return reply.body().path("reservation_id").asText();
        }
    }

    private final Map<String, List<Hold>> holdsByPerson = new HashMap<>();
    private final Map<String, List<Reply>> answersByPerson = new HashMap<>();

    void held(String person, Hold hold) {
        holdsByPerson.computeIfAbsent(person, name -> new ArrayList<>()).add(hold);
    }

    /** The person's last hold that was taken: the one "the reservation of" the person means. */
    Hold lastTakenHoldOf(String person) {
        List<Hold> holds = holdsByPerson.getOrDefault(person, List.of());
        return holds.reversed().stream().filter(Hold::taken).findFirst()
                .orElseThrow(() -> new AssertionError(person + " holds no seats; the holds asked for: " + holds));
    }

    /** Every hold that was taken, by person: the reservations the scenario made. */
    Map<String, List<Hold>> takenHolds() {
        Map<String, List<Hold>> taken = new HashMap<>();
        holdsByPerson.forEach((person, holds) -> holds.stream().filter(Hold::taken)
                .forEach(hold -> taken.computeIfAbsent(person, name -> new ArrayList<>()).add(hold)));
        return taken;
    }

    String reservationOf(String person) {
        return lastTakenHoldOf(person).reservationId();
    }

    /** An answer about the person's reservation (read, confirmed or cancelled), kept in order. */
    void answered(String person, Reply reply) {
        answersByPerson.computeIfAbsent(person, name -> new ArrayList<>()).add(reply);
    }

    List<Reply> answersFor(String person) {
        List<Reply> answers = answersByPerson.getOrDefault(person, List.of());
        assertThat(answers).as("answers about the reservation of %s", person).isNotEmpty();
        return answers;
    }
}
