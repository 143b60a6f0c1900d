package dev.waitingroom.acceptance;

import java.util.Arrays;
import java.util.Optional;

/** The settings of an event's seats as the features name them, and the fields the admin API calls them. */
enum SeatSetting {
    HOLD_TIME("hold time", "hold_ttl_sec"),
    SEATS_PER_HOLD("seats per hold at most", "max_seats_per_hold");

    private final String phrase;
    private final String field;

    SeatSetting(String phrase, String field) {
        this.phrase = phrase;
        this.field = field;
    }

    /** The seat setting of that name, or empty when the phrase names an admission setting (or nothing). */
    static Optional<SeatSetting> named(String phrase) {
        return Arrays.stream(values()).filter(setting -> setting.phrase.equals(phrase.strip())).findFirst();
    }

    String field() {
        return field;
    }

    @Override
    public String toString() {
        return phrase;
    }
}
