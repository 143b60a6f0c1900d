package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
    static final String LOG_MAX_ENTRIES = "log_max_entries";
    static final String LOG_TTL_SEC = "log_ttl_sec";
    /** The page's texts, kept as given; "" when not set (written so, so that an update to "" clears them). */
    static final String DISPLAY_NAME = "display_name";
    static final String MESSAGE = "message";

    /**
     * What every script that logs a change is handed, so that it reads the event's log settings itself (when it
     * appends): the fields of log_max_entries and log_ttl_sec, then their defaults for a hash written without them.
     */
    static final List<String> LOG_SETTINGS = List.of(LOG_MAX_ENTRIES, LOG_TTL_SEC,
            Integer.toString(LogPolicy.DEFAULT.maxEntries()), Long.toString(LogPolicy.DEFAULT.ttl().toSeconds()));

    private EventSettingsHash() {
    }

    static Map<String, String> fieldsOf(EventSettings settings) {
        AdmissionPolicy admission = settings.admissionPolicy();
        SeatPolicy seats = settings.seatPolicy();
        LogPolicy log = settings.logPolicy();
        EventDisplay display = settings.display();
        return Map.ofEntries(
                Map.entry(MAX_ENTRIES_PER_USER, Integer.toString(settings.queuePolicy().maxEntriesPerUser())),
                Map.entry(ADMISSION_RATE_PER_SEC, Double.toString(admission.ratePerSecond())),
                Map.entry(MAX_ACTIVE, Integer.toString(admission.maxActive())),
                Map.entry(ENTRY_TTL_SEC, Long.toString(admission.entryTtl().toSeconds())),
                Map.entry(ABANDON_AFTER_SEC, Long.toString(admission.abandonAfter().toSeconds())),
                Map.entry(PAUSED, admission.paused() ? "1" : "0"),
                Map.entry(HOLD_TTL_SEC, Long.toString(seats.holdTtl().toSeconds())),
                Map.entry(MAX_SEATS_PER_HOLD, Integer.toString(seats.maxSeatsPerHold())),
                Map.entry(LOG_MAX_ENTRIES, Integer.toString(log.maxEntries())),
                Map.entry(LOG_TTL_SEC, Long.toString(log.ttl().toSeconds())),
                Map.entry(DISPLAY_NAME, display.displayName()),
                Map.entry(MESSAGE, display.message()));
    }

    /** A script's arguments followed by {@link #LOG_SETTINGS}. */
    static String[] withLogSettings(String... args) {
        String[] all = Arrays.copyOf(args, args.length + LOG_SETTINGS.size());
        for (int i = 0; i < LOG_SETTINGS.size(); i++) {
            all[args.length + i] = LOG_SETTINGS.get(i);
        }
        return all;
    }

    /**
     * The settings in a hash read whole; empty when the hash does not exist (the event was never opened).
     * A hash written before admission existed reads as the admission defaults (paused); one written
     * before seat holds existed, as the seat defaults; one written before person logs existed, as the log defaults;
     * one written before the page's texts existed, as no text.
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
                seatPolicyOf(fields), logPolicyOf(fields),
                new EventDisplay(fields.getOrDefault(DISPLAY_NAME, ""), fields.getOrDefault(MESSAGE, ""))));
    }

    /** Each field on its own, with the defaults the scripts are handed ({@link #LOG_SETTINGS}). */
    private static LogPolicy logPolicyOf(Map<String, String> fields) {
        LogPolicy defaults = LogPolicy.DEFAULT;
        String maxEntries = fields.get(LOG_MAX_ENTRIES);
        String ttl = fields.get(LOG_TTL_SEC);
        return new LogPolicy(maxEntries == null ? defaults.maxEntries() : Integer.parseInt(maxEntries),
                ttl == null ? defaults.ttl() : Duration.ofSeconds(Long.parseLong(ttl)));
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
