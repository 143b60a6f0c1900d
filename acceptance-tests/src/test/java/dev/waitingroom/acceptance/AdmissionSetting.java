package dev.waitingroom.acceptance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings of an event's admission as the features name them, and the fields the admin API calls them. */
enum AdmissionSetting {
    RATE("admission rate", "admission_rate_per_sec"),
    MAX_ACTIVE("open admission windows at most", "max_active"),
    ENTRY_WINDOW("admission window", "entry_ttl_sec"),
    SILENCE_ALLOWED("silence allowed", "abandon_after_sec"),
    PLACES_PER_PERSON("places per person", "max_entries_per_user"),
    PAUSE("pause", "paused");

    /** Every phrase above, for the step parameter type; {@link #from} fails on one missing here. */
    static final String PHRASES = "admission rate|open admission windows at most|admission window|silence allowed"
            + "|places per person|pause";

    /** A value as the features write it: a number with an optional unit, or any text in quotes. */
    static final String VALUES = "\"[^\"]*\"|-?\\d+(?:\\.\\d+)?(?: seconds| people a second)?";

    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?: seconds| people a second)?");

    private final String phrase;
    private final String field;

    AdmissionSetting(String phrase, String field) {
        this.phrase = phrase;
        this.field = field;
    }

    static AdmissionSetting from(String phrase) {
        return Arrays.stream(values())
                .filter(setting -> setting.phrase.equals(phrase.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no admission setting is called '" + phrase + "'"));
    }

    /**
     * The value to send: a whole number, a decimal number or, for text in quotes, that text. Units
     * ("10 seconds", "5 people a second") are the words of the features; the API takes the bare number.
     */
    static Object valueWritten(String written) {
        String text = written.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            throw new IllegalArgumentException("'" + written + "' is neither a number (with seconds or people a second)"
                    + " nor text in quotes");
        }
        BigDecimal value = new BigDecimal(number.group(1));
        return value.scale() > 0 ? (Object) value.doubleValue() : (Object) value.longValueExact();
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
