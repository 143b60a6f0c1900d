package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.application.port.in.Readiness;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /healthz}, {@code /readyz}, {@code /metrics}, the OpenAPI description of what this server serves,
 * and the public keys that entry passes are verified with.
 */
final class OperationsRoutes {

    static final String HEALTH = "/healthz";
    static final String READY = "/readyz";
    static final String OPENAPI = "/openapi.yaml";
    static final String METRICS = "/metrics";
    static final String JWKS = "/.well-known/jwks.json";

    /** Verifiers may cache the key set briefly; a new key is only ever set by restarting the gateways. */
    private static final String JWKS_CACHING = "public, max-age=300";

    private static final byte[] UP = Json.write(new Probe("up"));
    private static final byte[] READY_BODY = Json.write(new Probe("ready"));

    record Probe(String status) {
    }

    private final CheckReadinessUseCase readiness;
    private final HttpMetrics metrics;
    private final EntrySigningKeys signingKeys;
    private final byte[] openApi;

    OperationsRoutes(CheckReadinessUseCase readiness, HttpMetrics metrics, EntrySigningKeys signingKeys) {
        this.readiness = readiness;
        this.metrics = metrics;
        this.signingKeys = signingKeys;
        this.openApi = loadOpenApi();
    }

    void health(ServerRequest req, ServerResponse res) {
        Responses.json(res, Status.OK_200, UP);
    }

    void ready(ServerRequest req, ServerResponse res) {
        switch (readiness.check()) {
            case Readiness.Ready ready -> Responses.json(res, Status.OK_200, READY_BODY);
            case Readiness.StoreUnreachable unreachable -> Responses.error(req, res,
                    new ApiError(ErrorCode.STORE_UNAVAILABLE, "the store does not answer, or keeps failing"));
            case Readiness.StoreDataLost lost -> Responses.error(req, res, new ApiError(ErrorCode.STORE_DATA_LOST,
                    "the store lost its data (Redis restarted empty, or was flushed): queues and events made before are"
                            + " gone; ready again once an event is configured"));
        }
    }

    void openApi(ServerRequest req, ServerResponse res) {
        res.headers().set(HeaderNames.CONTENT_TYPE, "application/yaml");
        res.send(openApi);
    }

    void metrics(ServerRequest req, ServerResponse res) {
        res.headers().set(HeaderNames.CONTENT_TYPE, metrics.scrapeContentType());
        res.send(metrics.scrape().get().getBytes(StandardCharsets.UTF_8));
    }

    /** The public keys of entry passes; a shared key the store cannot give yet is a 503, like any store failure. */
    void jwks(ServerRequest req, ServerResponse res) {
        byte[] keys = signingKeys.published().getBytes(StandardCharsets.UTF_8);
        res.headers().set(HeaderNames.CACHE_CONTROL, JWKS_CACHING);
        Responses.json(res, Status.OK_200, keys);
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.yaml", e);
        }
    }
}
