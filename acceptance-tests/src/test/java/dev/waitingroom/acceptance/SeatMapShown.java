package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seat map of an event as the waiting room showed it: every seat with its state, in the order
 * given, and the number of seats available it named beside them (read in the same step as the states).
 */
record SeatMapShown(Map<String, String> states, long available, Reply reply) {

    static final String AVAILABLE = "AVAILABLE";
    static final String HELD = "HELD";
    static final String SOLD = "SOLD";

    static SeatMapShown of(Reply reply) {
        assertThat(reply.status()).as("the seat map: %s", reply).isEqualTo(200);
        JsonNode seats = reply.body().path("seats");
        assertThat(seats.isArray()).as("the seats of %s", reply).isTrue();
        Map<String, String> states = new LinkedHashMap<>();
        for (JsonNode seat : seats) {
            String id = seat.path("seat_id").asText();
            assertThat(states.put(id, seat.path("status").asText()))
                    .as("the seat %s shown once in %s", id, reply).isNull();
        }
        JsonNode available = reply.body().path("available");
        assertThat(available.canConvertToExactIntegral()).as("the seats available in %s", reply).isTrue();
        return new SeatMapShown(states, available.asLong(), reply);
    }

    long count(String state) {
        return states.values().stream().filter(state::equals).count();
    }

    List<String> seatsIn(String state) {
        return states.entrySet().stream().filter(seat -> seat.getValue().equals(state)).map(Map.Entry::getKey).toList();
    }

    String stateOf(String seat) {
        assertThat(states).as("the seat map").containsKey(seat);
        return states.get(seat);
    }

    @Override
    public String toString() {
        return reply.toString();
    }
}
