package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's log as the waiting room showed it, read page by page from the oldest change to the newest.
 * Each page must be whole: a page that says more follow is full and names its last entry as the cursor
 * to read on from, and the entries' ids only ever grow, across pages too.
 *
 * @param entries every entry of the log, oldest first
 * @param pages   the answers, one a page, for failure messages
 */
record PersonLogShown(List<Entry> entries, List<Reply> pages) {

    /** The kinds of change a log names. */
    static final Set<String> CHANGES = Set.of("joined", "admitted", "dropped", "left", "entered", "held", "confirmed",
            "cancelled", "expired", "window_closed");

    private static final Pattern CURSOR = Pattern.compile("(\\d+)-(\\d+)");
    // a log of ten thousand pages is a log that never ends: the paging is broken
    private static final int MOST_PAGES = 10_000;

    /**
     * One change in the log.
     *
     * @param id     the entry's id, which is also the cursor to read on from after it
     * @param type   what changed: one of {@link #CHANGES}
     * @param ticket the waiting token of the place that changed
     * @param at     when it changed, by the waiting room's clock
     * @param body   the entry as shown, with what the change concerns
     */
    record Entry(String id, String type, String ticket, Instant at, JsonNode body) {

        static Entry of(JsonNode entry, Reply page) {
            String id = entry.path("id").asText();
            assertThat(CURSOR.matcher(id).matches()).as("an id of the form <digits>-<digits> in %s of %s", entry, page).isTrue();
            String type = entry.path("type").asText();
            assertThat(CHANGES).as("the kind of change of %s in %s", entry, page).contains(type);
            String ticket = entry.path("ticket").asText();
            assertThat(ticket).as("the waiting token of %s in %s", entry, page).isNotBlank();
            return new Entry(id, type, ticket, time(entry, "at"), entry);
        }

        /** A time the entry names, such as the end of a window or of a hold. */
        Instant time(String field) {
            return time(body, field);
        }

        String text(String field) {
            JsonNode value = body.path(field);
            assertThat(value.isTextual()).as("%s as text in %s", field, this).isTrue();
            return value.asText();
        }

        long number(String field) {
            JsonNode value = body.path(field);
            assertThat(value.isIntegralNumber()).as("%s as a whole number in %s", field, this).isTrue();
            return value.asLong();
        }

        List<String> seats() {
            JsonNode seats = body.path("seat_ids");
            assertThat(seats.isArray()).as("the seats as a list in %s", this).isTrue();
            List<String> named = new ArrayList<>();
            seats.forEach(seat -> named.add(seat.asText()));
            return named;
        }

        private static Instant time(JsonNode entry, String field) {
            String written = entry.path(field).asText();
            try {
                return OffsetDateTime.parse(written).toInstant();
            } catch (RuntimeException e) {
                throw new AssertionError(field + " is not an RFC 3339 time in " + entry, e);
            }
        }

        @Override
        public String toString() {
            return body.toString();
        }
    }

    /**
     * Reads every page, each asked with {@code pageAfter} given the cursor of the previous page (null for
     * the first), each of at most {@code pageSize} entries.
     */
    static PersonLogShown read(Function<String, Reply> pageAfter, int pageSize) {
        List<Entry> entries = new ArrayList<>();
        List<Reply> pages = new ArrayList<>();
        String after = null;
        while (true) {
            assertThat(pages).as("pages of the log, which never ended: %s", pages.isEmpty() ? "" : pages.getLast())
                    .hasSizeLessThan(MOST_PAGES);
            Reply page = pageAfter.apply(after);
            pages.add(page);
            assertThat(page.status()).as("a page of the log: %s", page).isEqualTo(200);
            JsonNode shown = page.body().path("entries");
            assertThat(shown.isArray()).as("the entries of %s", page).isTrue();
            assertThat(page.body().has("next")).as("a cursor, or null at the end, in %s", page).isTrue();
            JsonNode next = page.body().path("next");
            assertThat(next.isNull() || next.isTextual()).as("the cursor of %s", page).isTrue();
            for (JsonNode entry : shown) {
                entries.add(Entry.of(entry, page));
            }
            if (next.isNull()) {
                assertThat(shown.size()).as("entries on the last page %s", page).isLessThanOrEqualTo(pageSize);
                break;
            }
            assertThat(shown.size()).as("entries on a page that has more after it: %s", page).isEqualTo(pageSize);
            assertThat(next.asText()).as("the cursor of %s: its last entry", page).isEqualTo(entries.getLast().id());
            after = next.asText();
        }
        for (int i = 1; i < entries.size(); i++) {
            assertThat(isAfter(entries.get(i).id(), entries.get(i - 1).id()))
                    .as("the ids of the log grow: %s after %s", entries.get(i), entries.get(i - 1)).isTrue();
        }
        return new PersonLogShown(List.copyOf(entries), List.copyOf(pages));
    }

    /** The operator's view: the log of the user in the event. */
    static PersonLogShown ofUser(WaitingRoomClient client, String eventId, String userId, int pageSize) {
        return read(after -> client.personLog(eventId, WaitingRoomClient.query(
                "user_id", userId, "limit", String.valueOf(pageSize), "after", after)), pageSize);
    }

    /** The view of the person holding the waiting token: the history of their changes. */
    static PersonLogShown ofToken(WaitingRoomClient client, String waitingToken, int pageSize) {
        return read(after -> client.history(WaitingRoomClient.query(
                "token", waitingToken, "limit", String.valueOf(pageSize), "after", after)), pageSize);
    }

    /** Whether the log names the place of this waiting token at all. */
    boolean names(String waitingToken) {
        return entries.stream().anyMatch(entry -> entry.ticket().equals(waitingToken));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private static boolean isAfter(String later, String earlier) {
        Matcher a = CURSOR.matcher(later);
        Matcher b = CURSOR.matcher(earlier);
        assertThat(a.matches() && b.matches()).as("two ids: %s, %s", later, earlier).isTrue();
        int byTime = Long.compare(Long.parseLong(a.group(1)), Long.parseLong(b.group(1)));
        return byTime > 0 || byTime == 0 && Long.parseLong(a.group(2)) > Long.parseLong(b.group(2));
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
