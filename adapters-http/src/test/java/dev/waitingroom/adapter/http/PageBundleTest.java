package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page's files as built: what the asset list names, and what the files may and may not do. */
class PageBundleTest {

    private static final Pattern HTML_ASSET = Pattern.compile(Pattern.quote(PageBundle.ASSETS_MARK) + "/([^\"]+)\"");
    /** What a module loads: {@code from './x.js'}, {@code import('./x.js')}, a worker's {@code new URL('./x.js', ...)}. */
    private static final Pattern MODULE_IMPORT = Pattern.compile("(?:from|import|URL)\\s*\\(?\\s*'\\./([^']+)'");

    @Test
    void theAssetListNamesExactlyTheFilesOfTheAssetFolder() throws IOException, URISyntaxException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(resourceFolder(PageBundle.ASSET_FOLDER))) {
            inFolder = files.map(file -> file.getFileName().toString()).toList();
        }

        assertThat(PageBundle.listedAssets()).as("a file in the folder but not listed, or listed but not there")
                .containsExactlyInAnyOrderElementsOf(inFolder);
        assertThat(PageBundle.listedAssets()).allMatch(name -> PageBundle.ASSET_NAME.matcher(name).matches());
    }

    @Test
    void everythingThePagesAndModulesReferenceIsListed() throws IOException {
        List<String> referenced = new ArrayList<>();
        for (String html : List.of("index.html", "event.html")) {
            referenced.addAll(matches(HTML_ASSET, text(PageBundle.ROOT + html)));
        }
        for (String name : PageBundle.listedAssets()) {
            if (name.endsWith(".js")) {
                referenced.addAll(matches(MODULE_IMPORT, text(PageBundle.ASSET_FOLDER + name)));
            }
        }

        assertThat(referenced).contains("main.js", "home.js", "waiting-room.css", "text.js", "api.js", "wake-up-worker.js")
                .allSatisfy(name -> assertThat(PageBundle.listedAssets()).contains(name));
    }

    @Test
    void theVersionIsADigestOfTheAssetsAndTheHtmlNamesIt() {
        PageBundle bundle = PageBundle.fromClassPath();

        assertThat(bundle.version()).matches("[0-9a-f]{12}").isEqualTo(PageBundle.fromClassPath().version());
        String page = new String(bundle.eventPage().bytes(), StandardCharsets.UTF_8);
        assertThat(page).contains("/assets/" + bundle.version() + "/main.js").doesNotContain(PageBundle.ASSETS_MARK);
        assertThat(bundle.asset("main.js")).isPresent();
        assertThat(bundle.asset("../event.html")).isEmpty();
    }

    /** The Content-Security-Policy allows no inline script or style, and nothing from another origin. */
    @Test
    void thePagesHaveNoInlineScriptOrStyleAndLoadNothingFromElsewhere() throws IOException {
        for (String html : List.of("index.html", "event.html")) {
            String text = text(PageBundle.ROOT + html);
            assertThat(text).as(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContain("http://", "https://", "src=\"//", "href=\"//");
        }
        for (String name : PageBundle.listedAssets()) {
            if (!name.endsWith(".svg")) {
                assertThat(text(PageBundle.ASSET_FOLDER + name)).as(name).doesNotContain("http://", "https://");
            }
        }
    }

    /** Operator and server words reach the page as text only: no module builds markup from strings. */
    @Test
    void noModuleWritesMarkupFromText() throws IOException {
        for (String name : PageBundle.listedAssets()) {
            if (name.endsWith(".js")) {
                assertThat(text(PageBundle.ASSET_FOLDER + name)).as(name)
                        .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                                "new Function");
            }
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String text(String resource) throws IOException {
        URL url = PageBundleTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The folder as the build copied it (the tests run from target/classes, where it is a real folder). */
    private static Path resourceFolder(String folder) throws URISyntaxException {
        URL url = PageBundleTest.class.getResource(folder);
        assertThat(url).as(folder).isNotNull();
        return Path.of(url.toURI());
    }
}
