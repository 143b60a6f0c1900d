package dev.waitingroom.benchmarks.load;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one top-level number out of a small, flat JSON answer (the admin stats), without a JSON library. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** The field's number; empty when the field is missing or {@code null}. */
    static OptionalDouble of(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(null|-?[0-9][0-9.eE+-]*)").matcher(json);
        if (!matcher.find() || matcher.group(1).equals("null")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(matcher.group(1)));
    }

    /** The field's number, as a whole count; -1 when missing, so a report says so instead of failing. */
    static long count(String json, String field) {
        OptionalDouble value = of(json, field);
        return value.isPresent() ? Math.round(value.getAsDouble()) : -1;
    }
}
