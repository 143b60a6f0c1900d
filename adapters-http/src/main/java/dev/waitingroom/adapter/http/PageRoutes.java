package dev.waitingroom.adapter.http;

import dev.waitingroom.adapter.http.PageBundle.PageFile;
import dev.waitingroom.domain.queue.EventId;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;

/**
 * The page people in the queue see: {@code /} (what this is, and a form for an event's page), {@code /events/{id}}
 * (the same HTML for every event: the page reads the id from its own address), and its assets under a versioned
 * prefix.
 * <p>
 * The HTML is revalidated on every load ({@code no-cache} and an entity tag), so a deploy reaches everyone at
 * their next refresh; the assets it names are cached for good, because their URL changes with their bytes. An
 * asset asked for under another version (a page from before a rolling deploy, served by a newer gateway, or the
 * reverse) gets the current file but must not be kept: otherwise an old URL could pin a new file or the other way.
 * <p>
 * An asset answer closes its connection. A browser fetches the page's modules side by side, on up to six
 * connections, and would keep them all open, idle, until the server's idle timeout (minutes): in a rush that is
 * six of {@code MAX_CONNECTIONS} per person for nothing. Closed, only the page's own connection stays, and the
 * status polls reuse it. An asset is fetched once per version, so the new connections cost little.
 */
final class PageRoutes {

    static final String HOME = "/";
    static final String EVENT_PAGE = "/events/{eventId}";
    static final String ASSET = "/assets/{version}/{name}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String REVALIDATE = "no-cache";
    static final String FOREVER = "public, max-age=31536000, immutable";

    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");

    private final PageBundle bundle;

    PageRoutes(PageBundle bundle) {
        this.bundle = bundle;
    }

    void home(ServerRequest req, ServerResponse res) {
        send(req, res, bundle.home(), REVALIDATE);
    }

    void eventPage(ServerRequest req, ServerResponse res) {
        protect(res);
        if (EventId.parse(req.path().pathParameters().get("eventId")).isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE));
            return;
        }
        send(req, res, bundle.eventPage(), REVALIDATE);
    }

    void asset(ServerRequest req, ServerResponse res) {
        protect(res);
        String name = req.path().pathParameters().get("name");
        Optional<PageFile> asset = bundle.asset(name);
        if (asset.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.NOT_FOUND, "the page has no asset " + name));
            return;
        }
        boolean current = bundle.version().equals(req.path().pathParameters().get("version"));
        res.headers().set(HeaderValues.CONNECTION_CLOSE);
        send(req, res, asset.get(), current ? FOREVER : REVALIDATE);
    }

    private static void send(ServerRequest req, ServerResponse res, PageFile file, String caching) {
        protect(res);
        res.headers().set(HeaderNames.CACHE_CONTROL, caching);
        res.headers().set(HeaderNames.ETAG, file.etag());
        if (matches(req.headers().all(HeaderNames.IF_NONE_MATCH, List::of), file.etag())) {
            res.status(Status.NOT_MODIFIED_304);
            res.send();
            return;
        }
        res.headers().set(HeaderNames.CONTENT_TYPE, file.contentType());
        res.send(file.bytes());
    }

    /** Every page answer, errors included: the page may only use its own origin, and tells nobody where it was. */
    private static void protect(ServerResponse res) {
        res.headers().set(CSP, CONTENT_SECURITY_POLICY);
        res.headers().set(REFERRER_POLICY, "no-referrer");
    }

    /**
     * {@code If-None-Match}: a list of entity tags, or {@code *}. It compares weakly (RFC 9110 13.1.2), so a
     * proxy that marked our tag weak after compressing the body still gets its 304.
     */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
