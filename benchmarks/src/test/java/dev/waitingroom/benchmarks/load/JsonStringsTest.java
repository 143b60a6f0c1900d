package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void readsAStringFieldAtAnyDepth() {
        assertThat(JsonStrings.of("{\"admission\":\"granted\",\"reservation_token\": \"a.b-c_d\",\"ttl_sec\":600}", "reservation_token"))
                .contains("a.b-c_d");
        assertThat(JsonStrings.of("{\"error\":{\"code\":\"SEAT_UNAVAILABLE\",\"message\":\"taken\"},\"unavailable_seats\":[\"s1\"]}", "code"))
                .contains("SEAT_UNAVAILABLE");
    }

    @Test
    void aMissingFieldANumberOrNoBodyIsEmpty() {
        assertThat(JsonStrings.of("{\"ttl_sec\":600}", "reservation_token")).isEmpty();
        assertThat(JsonStrings.of("{\"ttl_sec\":600}", "ttl_sec")).isEmpty();
        assertThat(JsonStrings.of(null, "code")).isEmpty();
    }
}
