package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one class that knows how an event's settings are laid out in its hash ({@link RedisKeys#event()}).
 * Scripts that read a setting are handed its field name from here, so a field is named in one place.
 */
final class EventSettingsHash {

    static final String MAX_ENTRIES_PER_USER = "max_entries_per_user";
    static final String ADMISSION_RATE_PER_SEC = "admission_rate_per_sec";
    static final String MAX_ACTIVE = "max_active";
    static final String ENTRY_TTL_SEC = "entry_ttl_sec";
    static final String ABANDON_AFTER_SEC = "abandon_after_sec";
    /** '1' or '0'. */
    static final String PAUSED = "paused";
    static final String HOLD_TTL_SEC = "hold_ttl_sec";
    static final String MAX_SEATS_PER_HOLD = "max_seats_per_hold";

    private EventSettingsHash() {
    }

    static Map<String, String> fieldsOf(EventSettings settings) {
        AdmissionPolicy admission = settings.admissionPolicy();
        SeatPolicy seats = settings.seatPolicy();
        return Map.of(
                MAX_ENTRIES_PER_USER, Integer.toString(settings.queuePolicy().maxEntriesPerUser()),
                ADMISSION_RATE_PER_SEC, Double.toString(admission.ratePerSecond()),
                MAX_ACTIVE, Integer.toString(admission.maxActive()),
                ENTRY_TTL_SEC, Long.toString(admission.entryTtl().toSeconds()),
                ABANDON_AFTER_SEC, Long.toString(admission.abandonAfter().toSeconds()),
                PAUSED, admission.paused() ? "1" : "0",
                HOLD_TTL_SEC, Long.toString(seats.holdTtl().toSeconds()),
                MAX_SEATS_PER_HOLD, Integer.toString(seats.maxSeatsPerHold()));
    }

    /**
     * The settings in a hash read whole; empty when the hash does not exist (the event was never opened).
     * A hash written before admission existed reads as the admission defaults (paused); one written
     * before seat holds existed, as the seat defaults.
     */
    static Optional<EventSettings> read(EventId eventId, Map<String, String> fields) {
        String limit = fields.get(MAX_ENTRIES_PER_USER);
        if (limit == null) {
            return Optional.empty();
        }
        AdmissionPolicy defaults = AdmissionPolicy.DEFAULT;
        AdmissionPolicy admission = fields.containsKey(PAUSED)
                ? new AdmissionPolicy(
                        Double.parseDouble(fields.get(ADMISSION_RATE_PER_SEC)),
                        Integer.parseInt(fields.get(MAX_ACTIVE)),
                        Duration.ofSeconds(Long.parseLong(fields.get(ENTRY_TTL_SEC))),
                        Duration.ofSeconds(Long.parseLong(fields.get(ABANDON_AFTER_SEC))),
                        "1".equals(fields.get(PAUSED)))
                : defaults;
        return Optional.of(new EventSettings(eventId, new QueuePolicy(Integer.parseInt(limit)), admission,
                seatPolicyOf(fields)));
    }

    /** Each field on its own: the seat scripts read them one by one, with the same defaults. */
    private static SeatPolicy seatPolicyOf(Map<String, String> fields) {
        SeatPolicy defaults = SeatPolicy.DEFAULT;
        String ttl = fields.get(HOLD_TTL_SEC);
        String max = fields.get(MAX_SEATS_PER_HOLD);
        return new SeatPolicy(ttl == null ? defaults.holdTtl() : Duration.ofSeconds(Long.parseLong(ttl)),
                max == null ? defaults.maxSeatsPerHold() : Integer.parseInt(max));
    }
}
