package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The seed's inventory check, read literally: the event's counters of available, held and sold seats
 * are never below zero and always equal the seats' real states. The seat map shows the states and the
 * seats available in one step; the counters come from another request, so they are compared with the
 * map only when a map read just before them and one read just after agree (a hold may run out between).
 */
final class SeatInventory {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private SeatInventory() {
    }

    /** One reading of the counters, from the event's stats. */
    record Counters(long available, long held, long sold, JsonNode stats) {

        static Counters of(Reply stats) {
            assertThat(stats.status()).as("the event's counters: %s", stats).isEqualTo(200);
            return new Counters(count(stats, "seats_available"), count(stats, "seats_held"), count(stats, "seats_sold"),
                    stats.body());
        }

        private static long count(Reply stats, String field) {
            JsonNode value = stats.body().path(field);
            assertThat(value.canConvertToExactIntegral()).as("%s in %s", field, stats).isTrue();
            return value.asLong();
        }

        long total() {
            return available + held + sold;
        }

        void assertNoneBelowZero() {
            assertThat(available).as("seats available, in %s", stats).isNotNegative();
            assertThat(held).as("seats held, in %s", stats).isNotNegative();
            assertThat(sold).as("seats sold, in %s", stats).isNotNegative();
        }
    }

    static void assertTrueToTheSeats(WaitingRoomClient client, String eventId) {
        long deadline = Pause.deadlineIn(PATIENCE);
        while (true) {
            SeatMapShown before = SeatMapShown.of(client.seatMap(eventId));
            Counters counters = Counters.of(client.stats(eventId));
            SeatMapShown after = SeatMapShown.of(client.seatMap(eventId));
            if (before.states().equals(after.states()) && before.available() == after.available()) {
                assertAgree(after, counters);
                return;
            }
            assertThat(System.nanoTime()).as("a quiet moment to compare the counters with the seats: the seats "
                    + "kept changing, the last two maps: %s and %s", before, after).isLessThan(deadline);
            Pause.millis(100);
        }
    }

    private static void assertAgree(SeatMapShown map, Counters counters) {
        assertThat(map.states().values()).as("the states of the seats in %s", map)
                .allMatch(state -> state.equals(SeatMapShown.AVAILABLE) || state.equals(SeatMapShown.HELD)
                        || state.equals(SeatMapShown.SOLD));
        assertThat(map.available()).as("the seats available the seat map names, against its seats: %s", map)
                .isEqualTo(map.count(SeatMapShown.AVAILABLE));
        counters.assertNoneBelowZero();
        assertThat(counters.available()).as("the counter of seats available (%s), against the seats: %s", counters.stats(), map)
                .isEqualTo(map.count(SeatMapShown.AVAILABLE));
        assertThat(counters.held()).as("the counter of seats held (%s), against the seats: %s", counters.stats(), map)
                .isEqualTo(map.count(SeatMapShown.HELD));
        assertThat(counters.sold()).as("the counter of seats sold (%s), against the seats: %s", counters.stats(), map)
                .isEqualTo(map.count(SeatMapShown.SOLD));
    }
}
