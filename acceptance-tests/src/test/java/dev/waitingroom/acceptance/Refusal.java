package dev.waitingroom.acceptance;

import java.util.Arrays;

/** The reasons for a refusal as the features say them, and how the API says them. */
enum Refusal {
    MALFORMED("the request is malformed", 400, "INVALID_REQUEST"),
    NO_EVENT_NAMED("no event was named", 400, "MISSING_EVENT_ID"),
    REQUEST_KEY_REQUIRED("a request key is required", 400, "IDEMPOTENCY_REQUIRED"),
    REQUEST_KEY_NOT_VALID("the request key is not valid", 400, "INVALID_IDEMPOTENCY_KEY"),
    NO_WAITING_TOKEN("no waiting token was given", 400, "MISSING_TOKEN"),
    UNKNOWN_EVENT("the event does not exist", 404, "EVENT_NOT_FOUND"),
    UNKNOWN_TOKEN("the waiting token has no place in the queue", 404, "TOKEN_NOT_FOUND"),
    KEY_ALREADY_USED("the key was already used", 409, "DUPLICATE_REQUEST"),
    KEY_OF_SOMEONE_ELSE("the key belongs to someone else", 409, "IDEMPOTENCY_CONFLICT"),
    PERSONAL_LIMIT("the person already holds as many places as the event allows", 429, "USER_LIMIT_REACHED"),
    NOT_LET_IN_YET("the person has not been let in yet", 403, "NOT_READY"),
    PLACE_EXPIRED("the place has expired", 404, "TOKEN_EXPIRED"),
    SEAT_TAKEN("a seat asked for is taken", 409, "SEAT_UNAVAILABLE"),
    SOLD_OUT("no seat is left", 409, "SOLD_OUT"),
    HOLD_OPEN("the person already holds seats", 409, "HOLD_EXISTS"),
    UNKNOWN_SEAT("a seat asked for does not exist", 400, "INVALID_SEAT"),
    MALFORMED_SEAT("a seat is not named properly", 400, "INVALID_SEAT"),
    SEAT_TWICE("a seat is asked for twice", 400, "INVALID_SEAT"),
    NO_SEAT("no seat is asked for", 400, "INVALID_SEAT"),
    TOO_MANY_SEATS("more seats are asked for than one hold may take", 400, "TOO_MANY_SEATS"),
    PASS_NOT_VALID("the entry pass is not valid", 401, "INVALID_RESERVATION_TOKEN"),
    NO_SUCH_RESERVATION("there is no such reservation", 404, "RESERVATION_NOT_FOUND"),
    HOLD_RAN_OUT("the hold has run out", 409, "RESERVATION_EXPIRED"),
    RESERVATION_CANCELLED("the reservation was cancelled", 409, "RESERVATION_ALREADY_CANCELLED"),
    RESERVATION_CONFIRMED("the reservation was confirmed", 409, "RESERVATION_ALREADY_CONFIRMED"),
    SEAT_IN_USE("a seat is held or sold", 409, "SEAT_IN_USE"),
    NO_SUCH_FLAG("there is no such flag", 404, "FLAG_NOT_FOUND"),
    FLAG_CHANGE_NOT_VALID("the flag change is not valid", 400, "INVALID_FLAG"),
    NO_VALID_PERSON("no valid person is named", 400, "INVALID_USER_ID"),
    PAGE_SIZE_NOT_VALID("the number of changes asked for is not valid", 400, "INVALID_LIMIT"),
    CURSOR_NOT_VALID("the cursor is not valid", 400, "INVALID_CURSOR");

    /** Every phrase above, for the step parameter type; {@link #from} fails on one missing here. */
    static final String PHRASES = "the request is malformed|no event was named|a request key is required"
            + "|the request key is not valid|no waiting token was given|the event does not exist"
            + "|the waiting token has no place in the queue|the key was already used|the key belongs to someone else"
            + "|the person already holds as many places as the event allows|the person has not been let in yet"
            + "|the place has expired|a seat asked for is taken|no seat is left|the person already holds seats"
            + "|a seat asked for does not exist|a seat is not named properly|a seat is asked for twice"
            + "|no seat is asked for|more seats are asked for than one hold may take|the entry pass is not valid"
            + "|there is no such reservation|the hold has run out|the reservation was cancelled"
            + "|the reservation was confirmed|a seat is held or sold|there is no such flag|the flag change is not valid"
            + "|no valid person is named|the number of changes asked for is not valid|the cursor is not valid";

    private final String phrase;
    private final int status;
    private final String code;

    Refusal(String phrase, int status, String code) {
        this.phrase = phrase;
        this.status = status;
        this.code = code;
    }

    static Refusal from(String phrase) {
        return Arrays.stream(values())
                .filter(refusal -> refusal.phrase.equals(phrase))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no refusal is phrased '" + phrase + "'"));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    @Override
    public String toString() {
        return phrase;
    }
}
