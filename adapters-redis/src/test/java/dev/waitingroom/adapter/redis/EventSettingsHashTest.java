package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seat and log settings and the page's texts live in the event hash beside the others, and a hash from before
 * seats, logs or texts reads as their defaults.
 */
class EventSettingsHashTest {

    private static final EventId EVENT = EventId.of("concert");
    private static final AdmissionPolicy ADMISSION =
            new AdmissionPolicy(5, 100, Duration.ofSeconds(600), Duration.ofSeconds(120), false);

    @Test
    void theSeatPolicyRoundTrips() {
        EventSettings settings = new EventSettings(EVENT, new QueuePolicy(2), ADMISSION,
                new SeatPolicy(Duration.ofSeconds(45), 3));

        Map<String, String> fields = EventSettingsHash.fieldsOf(settings);

        assertThat(fields).containsEntry("hold_ttl_sec", "45").containsEntry("max_seats_per_hold", "3");
        assertThat(EventSettingsHash.read(EVENT, fields)).contains(settings);
    }

    @Test
    void aHashWrittenBeforeSeatHoldsReadsAsTheSeatDefaults() {
        Map<String, String> fields = new HashMap<>(EventSettingsHash.fieldsOf(
                new EventSettings(EVENT, new QueuePolicy(2), ADMISSION, new SeatPolicy(Duration.ofSeconds(45), 3))));
        fields.remove(EventSettingsHash.HOLD_TTL_SEC);
        fields.remove(EventSettingsHash.MAX_SEATS_PER_HOLD);

        assertThat(EventSettingsHash.read(EVENT, fields).orElseThrow().seatPolicy()).isEqualTo(SeatPolicy.DEFAULT);
    }

    @Test
    void eachAbsentSeatFieldTakesItsOwnDefault() {
        Map<String, String> fields = new HashMap<>(EventSettingsHash.fieldsOf(new EventSettings(EVENT, new QueuePolicy(2))));
        fields.put(EventSettingsHash.MAX_SEATS_PER_HOLD, "20");
        fields.remove(EventSettingsHash.HOLD_TTL_SEC);

        assertThat(EventSettingsHash.read(EVENT, fields).orElseThrow().seatPolicy())
                .isEqualTo(new SeatPolicy(SeatPolicy.DEFAULT.holdTtl(), 20));
    }

    @Test
    void theLogPolicyRoundTripsAndTheScriptsAreHandedItsFieldsAndDefaults() {
        EventSettings settings = new EventSettings(EVENT, new QueuePolicy(2), ADMISSION, SeatPolicy.DEFAULT,
                new LogPolicy(10, Duration.ofHours(1)));

        Map<String, String> fields = EventSettingsHash.fieldsOf(settings);

        assertThat(fields).containsEntry("log_max_entries", "10").containsEntry("log_ttl_sec", "3600");
        assertThat(EventSettingsHash.read(EVENT, fields)).contains(settings);
        assertThat(EventSettingsHash.withLogSettings("a", "b"))
                .containsExactly("a", "b", "log_max_entries", "log_ttl_sec", "100", "604800");
    }

    @Test
    void eachAbsentLogFieldTakesItsOwnDefault() {
        Map<String, String> fields = new HashMap<>(EventSettingsHash.fieldsOf(new EventSettings(EVENT, new QueuePolicy(2))));
        fields.put(EventSettingsHash.LOG_MAX_ENTRIES, "500");
        fields.remove(EventSettingsHash.LOG_TTL_SEC);

        assertThat(EventSettingsHash.read(EVENT, fields).orElseThrow().logPolicy())
                .isEqualTo(new LogPolicy(500, LogPolicy.DEFAULT.ttl()));
        fields.remove(EventSettingsHash.LOG_MAX_ENTRIES);
        assertThat(EventSettingsHash.read(EVENT, fields).orElseThrow().logPolicy()).isEqualTo(LogPolicy.DEFAULT);
    }

    @Test
    void thePagesTextsAreFieldsOfTheHashAndEmptyTextIsWrittenSoThatItClears() {
        EventSettings named = new EventSettings(EVENT, new QueuePolicy(2), ADMISSION, SeatPolicy.DEFAULT, LogPolicy.DEFAULT,
                new EventDisplay("Summer <b>Festival</b>", "Doors at 18:00.\nBring ID."));

        Map<String, String> fields = EventSettingsHash.fieldsOf(named);
        Map<String, String> unnamed = EventSettingsHash.fieldsOf(new EventSettings(EVENT, new QueuePolicy(2)));

        assertThat(fields).containsEntry("display_name", "Summer <b>Festival</b>")
                .containsEntry("message", "Doors at 18:00.\nBring ID.");
        assertThat(EventSettingsHash.read(EVENT, fields)).contains(named);
        assertThat(unnamed).containsEntry("display_name", "").containsEntry("message", "");
    }

    @Test
    void aHashWrittenBeforeThePagesTextsReadsAsNoText() {
        Map<String, String> fields = new HashMap<>(EventSettingsHash.fieldsOf(new EventSettings(EVENT, new QueuePolicy(2))));
        fields.remove(EventSettingsHash.DISPLAY_NAME);
        fields.remove(EventSettingsHash.MESSAGE);

        assertThat(EventSettingsHash.read(EVENT, fields).orElseThrow().display()).isEqualTo(EventDisplay.NONE);
    }
}
