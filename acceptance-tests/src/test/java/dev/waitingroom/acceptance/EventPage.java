package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An event's page in one person's browser, read and used only through the page's DOM contract: the
 * state and connection on the body, the elements by id, the seats as {@code button.seat} with their
 * {@code data-seat-id} and {@code data-status}, and the place kept in {@code localStorage}.
 */
final class EventPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    // everything a failure message needs to tell what the page was showing, in one round trip
    private static final String SNAPSHOT = """
            const shown = id => { const e = document.getElementById(id);
              return !!e && !e.closest('[hidden]') && e.getClientRects().length > 0; };
            const text = id => { const e = document.getElementById(id); return e ? e.textContent.trim() : null; };
            const seen = {};
            for (const id of ['event-name', 'position', 'ahead', 'eta', 'waited', 'reconnecting', 'window-countdown',
                              'hold-countdown', 'alert', 'confirmation']) {
              if (shown(id)) seen[id] = text(id);
            }
            return JSON.stringify({
              url: location.href, title: document.title, state: document.body && document.body.dataset.state,
              connection: document.body && document.body.dataset.connection, shown: seen,
              seats: Array.from(document.querySelectorAll('#seat-map button.seat')).map(b =>
                b.dataset.seatId + ':' + b.dataset.status + (b.getAttribute('aria-pressed') === 'true' ? '*' : '')
                + (b.disabled ? '(disabled)' : '')).join(' '),
              text: document.body ? document.body.innerText.replace(/\\s+/g, ' ').trim().slice(0, 300) : ''
            });""";

    /** One seat as the map shows it. */
    record SeatShown(String status, boolean selected, boolean enabled) {
    }

    private final Browser browser;
    private final String eventId;

    EventPage(Browser browser, String eventId) {
        this.browser = browser;
        this.eventId = eventId;
    }

    static URI addressOf(URI site, String eventId) {
        return site.resolve("/events/" + eventId);
    }

    String eventId() {
        return eventId;
    }

    Browser browser() {
        return browser;
    }

    String state() {
        return browser.script("return document.body ? (document.body.dataset.state || '') : ''");
    }

    String connection() {
        return browser.script("return document.body ? (document.body.dataset.connection || '') : ''");
    }

    /** Whether the element is on the page and visible (not hidden, nor inside something hidden). */
    boolean shows(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    /** The element's text exactly as the page set it (its textContent). */
    String textOf(String id) {
        return browser.script("const e = document.getElementById(arguments[0]); return e ? e.textContent : null", id);
    }

    /** A shown number of digits only ({@code #position}, {@code #ahead}), or null while there is none. */
    Long numberShown(String id) {
        if (!shows(id)) {
            return null;
        }
        String text = textOf(id).strip();
        return text.matches("\\d+") ? Long.valueOf(text) : null;
    }

    /** A shown countdown, mm:ss, in seconds; null while none is shown. */
    Long countdownShown(String id) {
        if (!shows(id)) {
            return null;
        }
        Matcher matcher = MINUTES_SECONDS.matcher(textOf(id));
        return matcher.find() ? Long.parseLong(matcher.group(1)) * 60 + Long.parseLong(matcher.group(2)) : null;
    }

    /**
     * Asserts that a countdown (mm:ss) is shown, starts from no more than {@code atMostSeconds}, and
     * goes down: a later reading, within a few seconds, is lower.
     */
    void assertCountingDown(String id, long atMostSeconds) {
        long first = waitFor(WaitingOnThePageSteps.PATIENCE, "#" + id + " to show a countdown (mm:ss)",
                () -> countdownShown(id));
        assertThat(first).as("the countdown #%s, in seconds: %s", id, describe()).isBetween(0L, atMostSeconds);
        waitFor(Duration.ofSeconds(5), "#" + id + " to count down from " + first + " s", () -> {
            Long now = countdownShown(id);
            return now != null && now < first;
        });
    }

    /** How many elements the element holds: 0 when the page set only text in it. */
    long elementsInside(String id) {
        return ((Number) browser.script("return document.querySelectorAll('#' + arguments[0] + ' *').length", id)).longValue();
    }

    Map<String, SeatShown> seats() {
        List<List<Object>> rows = browser.script("""
                return Array.from(document.querySelectorAll('#seat-map button.seat')).map(b =>
                  [b.dataset.seatId, b.dataset.status, b.getAttribute('aria-pressed') === 'true', !b.disabled]);""");
        Map<String, SeatShown> seats = new LinkedHashMap<>();
        rows.forEach(row -> seats.put((String) row.get(0),
                new SeatShown((String) row.get(1), (Boolean) row.get(2), (Boolean) row.get(3))));
        return seats;
    }

    void pick(String seat) {
        browser.driver().findElement(By.cssSelector("#seat-map button.seat[data-seat-id='" + seat + "']")).click();
    }

    /**
     * Picks a seat as a keyboard user does: Tab until a seat of the map has the focus, Ctrl+Home to the map's
     * first seat that can be chosen, the right arrow until the seat is reached, then Space.
     */
    void pickWithTheKeyboard(String seat) {
        Actions keys = new Actions(browser.driver());
        for (int presses = 0; !seatFocused(); presses++) {
            assertThat(presses).as("Tab reaches the seat map within 40 presses: %s", describe()).isLessThan(40);
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.keyDown(Keys.CONTROL).sendKeys(Keys.HOME).keyUp(Keys.CONTROL).perform();
        for (int presses = 0; !seat.equals(focusedSeat()); presses++) {
            assertThat(presses).as("the right arrow reaches the seat %s: %s", seat, describe()).isLessThan(seats().size());
            keys.sendKeys(Keys.ARROW_RIGHT).perform();
        }
        keys.sendKeys(Keys.SPACE).perform();
    }

    private boolean seatFocused() {
        return focusedSeat() != null;
    }

    private String focusedSeat() {
        return browser.script("""
                const e = document.activeElement;
                return e && e.matches('#seat-map button.seat') ? e.dataset.seatId : null;""");
    }

    /** Whether the page fits its window's width: nobody has to scroll sideways to read it. */
    boolean fitsItsWidth() {
        return browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The width of the page's window, in CSS pixels. */
    long width() {
        return ((Number) browser.script("return window.innerWidth")).longValue();
    }

    /** Clicks a button of the page once it is shown and enabled. */
    void press(String id) {
        WebElement button = waitFor(Duration.ofSeconds(10), "#" + id + " to be shown and enabled", () -> {
            WebElement found = browser.driver().findElement(By.id(id));
            return found.isDisplayed() && found.isEnabled() ? found : null;
        });
        button.click();
    }

    /** The place the page keeps for the event in the browser's storage; missing when it keeps none. */
    JsonNode placeKept() {
        String kept = browser.script("return localStorage.getItem(arguments[0])", "waiting-room:" + eventId);
        if (kept == null) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(kept);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the place kept in the browser is not JSON: " + kept, e);
        }
    }

    String waitingTokenKept() {
        JsonNode token = placeKept().path("token");
        return token.isTextual() ? token.asText() : null;
    }

    /** Waits for something the page should come to show, and says what it showed when it did not. */
    <T> T waitFor(Duration patience, String what, Supplier<T> done) {
        return browser.waitUntil(patience, what, done, this::describe);
    }

    /** What the page shows, in one line, for failure messages and bug reports. */
    String describe() {
        try {
            return browser.script(SNAPSHOT);
        } catch (RuntimeException e) {
            return "(the page could not be read: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }
}
