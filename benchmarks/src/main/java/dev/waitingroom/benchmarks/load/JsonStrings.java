package dev.waitingroom.benchmarks.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one string field out of a small JSON answer (a token, a reservation id, an error code), without a
 * JSON library. The values it reads are identifiers, JWTs and codes: nothing in them is escaped.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /** The first field of that name, at any depth; empty when there is none or it is not a plain string. */
    static Optional<String> of(String json, String field) {
        if (json == null) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"\\\\]*)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
