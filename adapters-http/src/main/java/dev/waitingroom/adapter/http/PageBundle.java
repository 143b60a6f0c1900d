package dev.waitingroom.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The waiting-room page's files, read once from the class path at start: the two HTML pages and the assets
 * named in {@code page/assets.txt}. Only listed assets exist here, so no request path can reach any other file.
 * <p>
 * The assets' version is a digest of all of them: a new build that changes any asset gets a new URL prefix,
 * which is what lets browsers keep an asset for a year and still never run an old one with a new page.
 */
final class PageBundle {

    /** Where the page's files live on the class path. */
    static final String ROOT = "/page/";
    static final String ASSET_LIST = ROOT + "assets.txt";
    static final String ASSET_FOLDER = ROOT + "assets/";
    /** The mark in the HTML that becomes {@code /assets/<version>}. */
    static final String ASSETS_MARK = "@ASSETS@";
    static final String ASSETS_PREFIX = "/assets/";
    /** Asset names: flat (no folders, no dots but the extension's) and lower case. */
    static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.(js|css|svg)");
    private static final int VERSION_LENGTH = 12;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");
    private static final String HTML = "text/html; charset=utf-8";

    /** One file as it is served; the entity tag is a digest of exactly these bytes. */
    record PageFile(byte[] bytes, String contentType, String etag) {

        static PageFile of(byte[] bytes, String contentType) {
            return new PageFile(bytes, contentType, "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"");
        }
    }

    private final String version;
    private final PageFile home;
    private final PageFile eventPage;
    private final Map<String, PageFile> assets;

    private PageBundle(String version, PageFile home, PageFile eventPage, Map<String, PageFile> assets) {
        this.version = version;
        this.home = home;
        this.eventPage = eventPage;
        this.assets = assets;
    }

    /** @throws IllegalStateException when a listed file is missing or a name breaks the rule: a broken build */
    static PageBundle fromClassPath() {
        Map<String, PageFile> assets = new LinkedHashMap<>();
        MessageDigest versionDigest = digest();
        for (String name : listedAssets()) {
            if (!ASSET_NAME.matcher(name).matches()) {
                throw new IllegalStateException(ASSET_LIST + " names " + name + ", which is not a flat lower-case"
                        + " .js, .css or .svg file name");
            }
            if (assets.containsKey(name)) {
                throw new IllegalStateException(ASSET_LIST + " names " + name + " twice");
            }
            byte[] bytes = read(ASSET_FOLDER + name);
            // name and length both go in, so that moving bytes from one file to the next changes the version too
            versionDigest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            versionDigest.update(bytes);
            assets.put(name, PageFile.of(bytes, CONTENT_TYPES.get(extension(name))));
        }
        String version = HexFormat.of().formatHex(versionDigest.digest()).substring(0, VERSION_LENGTH);
        return new PageBundle(version, html("index.html", version), html("event.html", version), Map.copyOf(assets));
    }

    /** The names in the asset list, in its order: one a line; blank lines and {@code #} comments are skipped. */
    static List<String> listedAssets() {
        return new String(read(ASSET_LIST), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    String version() {
        return version;
    }

    PageFile home() {
        return home;
    }

    PageFile eventPage() {
        return eventPage;
    }

    Optional<PageFile> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static PageFile html(String name, String version) {
        String text = new String(read(ROOT + name), StandardCharsets.UTF_8);
        if (!text.contains(ASSETS_MARK)) {
            throw new IllegalStateException(name + " references no asset (" + ASSETS_MARK + "/...)");
        }
        String served = text.replace(ASSETS_MARK, ASSETS_PREFIX + version);
        return PageFile.of(served.getBytes(StandardCharsets.UTF_8), HTML);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
