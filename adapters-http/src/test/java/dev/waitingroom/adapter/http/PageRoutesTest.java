package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.ApiClient.Reply;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page as a browser gets it: the HTML revalidated on every load, the assets cached for good under their version. */
class PageRoutesTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"/assets/([0-9a-f]{12})/waiting-room\\.css\"");
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private WaitingRoomHttpServer server;
    private ApiClient api;
    private String version;

    @BeforeEach
    void start() {
        server = new WaitingRoomHttpServer(TestServers.inMemoryUseCases(), TestServers.settings(
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.of(ApiClient.ADMIN_TOKEN)),
                new HttpMetrics(registry, "text/plain", () -> "")).start();
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theHomePageExplainsAndAsksForTheEventAndIsRevalidatedOnEveryLoad() {
        Reply home = api.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(home.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(home.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertPageHeaders(home);
        assertThat(home.raw().body()).contains("<form id=\"event-form\"", "<input id=\"event-id\"")
                .contains("/assets/" + version() + "/home.js").doesNotContain(PageBundle.ASSETS_MARK);
    }

    @Test
    void everyEventGetsTheSameHtmlWhichReadsItsEventFromTheAddress() {
        Reply concert = api.get("/events/concert-2026");
        Reply other = api.get("/events/other.show:2");

        assertThat(concert.status()).isEqualTo(200);
        assertThat(concert.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(concert.header("Cache-Control")).isEqualTo("no-cache");
        assertPageHeaders(concert);
        assertThat(concert.raw().body()).as("nothing of the request is written into the page")
                .isEqualTo(other.raw().body()).doesNotContain("concert-2026")
                .contains("/assets/" + version() + "/main.js", "data-state=\"loading\"");
        assertThat(concert.header("ETag")).isEqualTo(other.header("ETag")).isNotEqualTo(api.get("/").header("ETag"));
    }

    @Test
    void aMalformedEventIdIsRefusedAsTheApiRefusesIt() {
        Reply reply = api.get("/events/not%20an%20id");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_REQUEST");
        assertPageHeaders(reply);
        assertThat(api.get("/events/").status()).as("no id at all").isEqualTo(404);
        assertThat(api.get("/events/" + "a".repeat(65)).status()).as("too long").isEqualTo(400);
    }

    @Test
    void aBrowserThatHasThePageAlreadyGetsA304WithoutTheBody() {
        Reply first = api.get("/events/concert-2026");
        String etag = first.header("ETag");

        Reply again = api.send(api.request("/events/concert-2026").header("If-None-Match", etag).GET());
        Reply weakened = api.send(api.request("/events/concert-2026").header("If-None-Match", "W/" + etag).GET());
        Reply inAList = api.send(api.request("/events/concert-2026").header("If-None-Match", "\"old\", " + etag).GET());
        Reply changed = api.send(api.request("/events/concert-2026").header("If-None-Match", "\"old\"").GET());

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.raw().body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.header("Cache-Control")).isEqualTo("no-cache");
        assertPageHeaders(again);
        assertThat(weakened.status()).as("If-None-Match compares weakly").isEqualTo(304);
        assertThat(inAList.status()).isEqualTo(304);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.raw().body()).isEqualTo(first.raw().body());
    }

    @Test
    void anAssetOfTheCurrentVersionIsKeptForAYear() {
        Reply script = api.get("/assets/" + version() + "/main.js");
        Reply style = api.get("/assets/" + version() + "/waiting-room.css");
        Reply icon = api.get("/assets/" + version() + "/favicon.svg");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(script.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(script.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertPageHeaders(script);
        assertThat(script.raw().body()).contains("import");
        assertThat(style.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(style.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(icon.header("Content-Type")).isEqualTo("image/svg+xml");
    }

    /** A browser loads the modules on several connections at once: those must not stay open idle for minutes. */
    @Test
    void anAssetClosesItsConnectionAndThePageKeepsItsOwn() {
        String current = version();
        try (RawHttp raw = RawHttp.connect(server.port())) {
            assertThat(raw.send("GET /events/concert-2026 HTTP/1.1\r\nHost: x\r\n\r\n").readAnswer().status())
                    .isEqualTo(200);
            // the same connection: the page's was kept
            RawHttp.Answer asset = raw.send("GET /assets/" + current + "/main.js HTTP/1.1\r\nHost: x\r\n\r\n")
                    .readAnswer();
            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.header("Connection")).isEqualTo("close");
            assertThat(raw.closedWithin(Duration.ofSeconds(5))).as("the connection after the asset").isTrue();
        }
    }

    /** A page from before a rolling deploy asks a new gateway: it gets today's file, which nobody may keep under that URL. */
    @Test
    void anAssetAskedForUnderAnotherVersionIsTheCurrentFileButNotKept() {
        Reply current = api.get("/assets/" + version() + "/text.js");
        Reply old = api.get("/assets/0123456789ab/text.js");

        assertThat(old.status()).isEqualTo(200);
        assertThat(old.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(old.raw().body()).isEqualTo(current.raw().body());
        assertThat(old.header("ETag")).isEqualTo(current.header("ETag"));
        assertPageHeaders(old);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nothing.js", "assets.txt", "event.html", "..%2Fevent.html", "..%2F..%2Fopenapi.yaml",
            "MAIN.JS", "main.js%00", ".%2Fmain.js"})
    void onlyListedAssetsAreServed(String name) {
        Reply reply = api.get("/assets/" + version() + "/" + name);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(reply.header("Cache-Control")).isNull();
    }

    @Test
    void pagesAnswerGetOnly() {
        Reply posted = api.send(api.request("/events/concert-2026").POST(HttpRequest.BodyPublishers.noBody()));
        Reply deleted = api.send(api.request("/assets/" + version() + "/main.js").DELETE());

        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.header("Allow")).isEqualTo("GET");
        assertThat(deleted.status()).isEqualTo(405);
    }

    @Test
    void pageRequestsAreMeasuredByTheirRouteTemplateNeverTheirPath() {
        String current = version(); // the home page, once
        api.get("/events/concert-2026");
        api.get("/events/other-show");
        api.get("/assets/" + current + "/main.js");
        api.get("/assets/" + current + "/text.js");
        api.get("/assets/" + current + "/nothing.js");
        api.get("/");

        awaitCount("/events/{eventId}", 200, 2);
        awaitCount("/assets/{version}/{name}", 200, 2);
        awaitCount("/assets/{version}/{name}", 404, 1);
        awaitCount("/", 200, 2);
        assertThat(registry.find(RequestMetrics.NAME).timers())
                .allSatisfy(timer -> assertThat(timer.getId().getTag("route")).doesNotContain("concert-2026", "main.js"));
    }

    private static void assertPageHeaders(Reply reply) {
        assertThat(reply.header("Content-Security-Policy")).isEqualTo("default-src 'none'; script-src 'self';"
                + " style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none';"
                + " frame-ancestors 'none'");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The version the server put into the HTML, as a browser finds it (read from the home page, once). */
    private String version() {
        if (version == null) {
            Matcher matcher = STYLESHEET.matcher(api.get("/").raw().body());
            assertThat(matcher.find()).as("the page links its stylesheet under a version").isTrue();
            version = matcher.group(1);
        }
        return version;
    }

    private void awaitCount(String route, int status, long expected) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (count(route, status) < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(count(route, status)).as(route + " " + status).isEqualTo(expected);
    }

    private long count(String route, int status) {
        Timer timer = registry.find(RequestMetrics.NAME)
                .tags("method", "GET", "route", route, "status", Integer.toString(status)).timer();
        return timer == null ? 0 : timer.count();
    }
}
