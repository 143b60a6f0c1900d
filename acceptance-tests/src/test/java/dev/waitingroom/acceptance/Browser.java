package dev.waitingroom.acceptance;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: a headless Chromium of its own, with a fresh profile (so its own storage),
 * driven through the chromedriver installed next to it. Selenium Manager never runs: the driver is
 * named, and in case anything still asked for it, {@code SE_OFFLINE} keeps it from downloading.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM_PROPERTY = "waitingroom.chromium";
    static final String CHROMEDRIVER_PROPERTY = "waitingroom.chromedriver";

    // a desktop window; the screenshots take the whole page whatever its length
    static final String DESKTOP = "1280,900";
    // a small phone held upright, in CSS pixels: emulated, since a desktop window is never narrower than 500 px
    static final String PHONE = "360,740";

    private final ChromeDriver driver;
    private final Path profile;
    private final String windowSize;

    private Browser(ChromeDriver driver, Path profile, String windowSize) {
        this.driver = driver;
        this.profile = profile;
        this.windowSize = windowSize;
    }

    /** Starts a new headless Chromium with a desktop window; fails with how to install it when it is missing. */
    static Browser start() {
        return start(DESKTOP);
    }

    /** Starts a new headless Chromium with a window of that size ("width,height"). */
    static Browser start(String windowSize) {
        Path profile;
        try {
            profile = Files.createTempDirectory("waiting-room-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a profile folder for the browser", e);
        }
        return startWith(profile, windowSize);
    }

    /**
     * Closes this browser as a person closes theirs, keeping its profile (its storage), and starts it
     * again on that profile.
     */
    Browser closeAndReopen() {
        driver.quit();
        return startWith(profile, windowSize);
    }

    private static Browser startWith(Path profile, String windowSize) {
        Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver"));
        for (Path program : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException("the page's browser tests need Chromium and its driver, and " + program
                        + " is missing: apt-get install chromium chromium-driver (or point -D" + CHROMIUM_PROPERTY
                        + " and -D" + CHROMEDRIVER_PROPERTY + " at them)");
            }
        }
        // Selenium hands the SE_* system properties to Selenium Manager as its environment
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=en-US",
                        "--window-size=" + windowSize, "--user-data-dir=" + profile);
        if (windowSize.equals(PHONE)) {
            String[] size = PHONE.split(",");
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", Integer.parseInt(size[0]), "height", Integer.parseInt(size[1]), "pixelRatio", 2.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                // chromedriver's own log would bury the scenarios' summary
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile, windowSize);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    void visit(URI address) {
        driver.get(address.toString());
    }

    /** Opens the address in a new tab of this browser (same storage), which becomes the current one. */
    void visitInNewTab(URI address) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(address.toString());
    }

    void refresh() {
        driver.navigate().refresh();
    }

    WebDriver driver() {
        return driver;
    }

    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits until {@code done} gives something other than null or false, asking again every 100 ms.
     * Elements that are not there yet or were just replaced count as "not yet".
     *
     * @param describe what the page showed, for the failure message when the time is up
     */
    <T> T waitUntil(Duration patience, String what, Supplier<T> done, Supplier<String> describe) {
        try {
            return new WebDriverWait(driver, patience, Duration.ofMillis(100))
                    .ignoring(NoSuchElementException.class)
                    .ignoring(StaleElementReferenceException.class)
                    .until(ignored -> done.get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s in vain for " + what + "; the page shows: "
                    + describe.get(), e);
        }
    }

    /** The whole page as a PNG, beyond the window when the page is longer; the window's view if that fails. */
    byte[] screenshot() {
        try {
            Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) layout.get("cssContentSize");
            double width = ((Number) content.get("width")).doubleValue();
            double height = ((Number) content.get("height")).doubleValue();
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    // Chromium may still be writing the last files of its profile as it goes: leftovers are only temp files
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> deepestFirst = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[page] could not delete the browser profile " + folder + ": " + e);
        }
    }
}
