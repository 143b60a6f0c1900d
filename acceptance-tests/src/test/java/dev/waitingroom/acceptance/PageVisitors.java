package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of one scenario who have the event's page open, each in a browser of their own (so each
 * with their own storage), as the scenario left them. Made before every scenario about the page and
 * closed after it (see {@link PageHooks}); Cucumber runs a scenario on one thread, so the visitors of
 * the scenario are those of the current thread.
 */
final class PageVisitors {

    private static final ThreadLocal<PageVisitors> CURRENT = new ThreadLocal<>();

    private final Map<String, EventPage> pages = new LinkedHashMap<>();
    private final Map<String, byte[]> moments = new LinkedHashMap<>();
    private String lastLookedAt;

    private PageVisitors() {
    }

    static void begin() {
        CURRENT.set(new PageVisitors());
    }

    static PageVisitors current() {
        PageVisitors visitors = CURRENT.get();
        if (visitors == null) {
            throw new IllegalStateException("no scenario about the page is running on this thread: is it tagged @page?");
        }
        return visitors;
    }

    /** The person's page; a browser of their own is started the first time. */
    EventPage pageOf(String person, String eventId) {
        lastLookedAt = person;
        return pages.computeIfAbsent(person, name -> new EventPage(Browser.start(), eventId));
    }

    /** The person's page on a phone-sized screen; the person must not have a browser yet. */
    EventPage phonePageOf(String person, String eventId) {
        assertThat(pages).as("%s has no browser yet", person).doesNotContainKey(person);
        lastLookedAt = person;
        EventPage page = new EventPage(Browser.start(Browser.PHONE), eventId);
        pages.put(person, page);
        return page;
    }

    /** The page of someone who opened it already. */
    EventPage pageOf(String person) {
        EventPage page = pages.get(person);
        assertThat(page).as("%s has opened the event's page", person).isNotNull();
        lastLookedAt = person;
        return page;
    }

    /** The person closes their browser and opens it again, on the same profile: a new page, the same storage. */
    EventPage reopen(String person) {
        EventPage closed = pageOf(person);
        EventPage reopened = new EventPage(closed.browser().closeAndReopen(), closed.eventId());
        pages.put(person, reopened);
        return reopened;
    }

    /** A screenshot of a moment the end of the scenario no longer shows (the first one of that name is kept). */
    void keepMoment(String moment, EventPage page) {
        moments.computeIfAbsent(moment, name -> page.browser().screenshot());
    }

    /**
     * Keeps a PNG of every open page: {@code <scenario>.png} the page the scenario looked at last, and
     * with several people, {@code <scenario> - <person>.png} each person's; and {@code <scenario> - <moment>.png}
     * for the moments kept on the way.
     *
     * @return the files written
     */
    List<Path> screenshots(Path folder, String scenario) {
        List<Path> written = new ArrayList<>();
        String name = fileName(scenario);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, EventPage> open : pages.entrySet()) {
                byte[] png = open.getValue().browser().screenshot();
                if (open.getKey().equals(lastLookedAt)) {
                    written.add(Files.write(folder.resolve(name + ".png"), png));
                }
                if (pages.size() > 1) {
                    written.add(Files.write(folder.resolve(name + " - " + open.getKey() + ".png"), png));
                }
            }
            for (Map.Entry<String, byte[]> moment : moments.entrySet()) {
                written.add(Files.write(folder.resolve(name + " - " + moment.getKey() + ".png"), moment.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the screenshots of " + scenario, e);
        }
        return written;
    }

    Map<String, EventPage> pages() {
        return pages;
    }

    /** Closes every browser, whatever happens to the others. */
    static void end() {
        PageVisitors visitors = CURRENT.get();
        CURRENT.remove();
        if (visitors == null) {
            return;
        }
        RuntimeException problem = null;
        for (EventPage page : visitors.pages.values()) {
            try {
                page.browser().close();
            } catch (RuntimeException e) {
                if (problem == null) {
                    problem = e;
                } else {
                    problem.addSuppressed(e);
                }
            }
        }
        if (problem != null) {
            throw problem;
        }
    }

    // the scenario's name as a file name: letters, digits, spaces, commas and dashes are kept
    private static String fileName(String scenario) {
        String name = scenario.replaceAll("[^\\p{Alnum} ,\\-]", "").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return name.length() > 150 ? name.substring(0, 150).strip() : name;
    }
}
