package dev.waitingroom.acceptance;

import java.util.Arrays;

/** The settings of how an event keeps each person's log, as the features name them, and their admin API fields. */
enum LogSetting {
    SIZE("number of changes kept in each person's log", "log_max_entries"),
    KEPT_FOR("time each person's log is kept after its last change", "log_ttl_sec");

    /** Every phrase above, for the step parameter type; {@link #from} fails on one missing here. */
    static final String PHRASES = "number of changes kept in each person's log"
            + "|time each person's log is kept after its last change";

    private final String phrase;
    private final String field;

    LogSetting(String phrase, String field) {
        this.phrase = phrase;
        this.field = field;
    }

    static LogSetting from(String phrase) {
        return Arrays.stream(values())
                .filter(setting -> setting.phrase.equals(phrase.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no log setting is called '" + phrase + "'"));
    }

    /** The name of the field in the admin API, which a refusal names. */
    String field() {
        return field;
    }

    @Override
    public String toString() {
        return phrase;
    }
}
