package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.adapter.inmemory.InMemorySigningKeyStore;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperationsApiTest {

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.inMemoryUseCases());
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void healthAndReadiness() {
        Reply health = api.get("/healthz");
        Reply ready = api.get("/readyz");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("up");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void aStoreThatLostItsDataIsNotReadyAndSaysWhy() {
        WaitingRoomHttpServer lost = TestServers.start(TestServers.inMemoryUseCases(() -> StoreCondition.DATA_LOST));
        try {
            Reply ready = new ApiClient(lost.port()).get("/readyz");

            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.errorCode()).isEqualTo("STORE_DATA_LOST");
            assertThat(ready.json().path("error").path("message").asText()).contains("lost its data");
            assertThat(ready.header("Retry-After")).isEqualTo("1");
        } finally {
            lost.stop();
        }
    }

    @Test
    void theOpenApiDescriptionCoversEveryRouteAndErrorCode() {
        Reply reply = api.get("/openapi.yaml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        String yaml = reply.raw().body();
        assertThat(yaml).startsWith("openapi: 3.1.0");
        List<String> routes = routeTemplates();
        assertThat(routes).contains(QueueRoutes.JOIN, ReservationRoutes.CONFIRM, ReservationRoutes.SEATS, EventRoutes.EVENT,
                AdminRoutes.EVENT_STATS,
                PersonLogRoutes.USER_LOG, PersonLogRoutes.HISTORY, FlagRoutes.FLAGS, FlagRoutes.FLAG, OperationsRoutes.HEALTH,
                OperationsRoutes.JWKS);
        for (String route : routes) {
            assertThat(yaml).as(route).contains("\n  " + asOpenApiPath(route) + ":\n");
        }
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(yaml).as(code.name()).contains("        - " + code.name() + "\n");
        }
    }

    @Test
    void theEntryPassKeysArePublishedToAnyoneAsAJwkSetVerifiersMayCache() throws Exception {
        EntrySigningKey key = EntrySigningKey.generate();
        WaitingRoomHttpServer publishing = TestServers.start(TestServers.inMemoryUseCases(), EntrySigningKeys.fixed(key));
        try {
            ApiClient client = new ApiClient(publishing.port());
            Reply reply = client.get(OperationsRoutes.JWKS);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=300");
            JsonNode published = reply.json().path("keys");
            assertThat(published.size()).isEqualTo(1);
            assertThat(published.get(0).path("kid").asText()).isEqualTo(key.kid());
            assertThat(published.get(0).path("kty").asText()).isEqualTo("EC");
            assertThat(published.get(0).path("crv").asText()).isEqualTo("P-256");
            assertThat(published.get(0).path("use").asText()).isEqualTo("sig");
            assertThat(published.get(0).path("alg").asText()).isEqualTo("ES256");
            assertThat(published.get(0).has("d")).as("the private key").isFalse();

            String pass = new JwtEntryPassIssuer(EntrySigningKeys.fixed(key), "waiting-room").issue(new EntryPass(
                    EventId.of("concert-2026"), "entry-1", Optional.empty(), Instant.now(), Instant.now().plusSeconds(300), "pass-1"));
            assertThat(JwtEntryPassIssuerTest.verifiesAgainst(reply.raw().body(), SignedJWT.parse(pass))).isTrue();

            Reply posted = client.send(client.request(OperationsRoutes.JWKS).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(posted.status()).isEqualTo(405);
            assertThat(posted.header("Allow")).isEqualTo("GET");
        } finally {
            publishing.stop();
        }
    }

    /** As the README tells a downstream service to do it: nimbus-jose-jwt, given the key set's URL and nothing else. */
    @Test
    void aDownstreamServiceVerifiesPassesWithNothingButTheKeySetUrl() throws Exception {
        EntrySigningKeys keys = EntrySigningKeys.fixed(EntrySigningKey.generate());
        WaitingRoomHttpServer publishing = TestServers.start(TestServers.inMemoryUseCases(), keys);
        try {
            JwtEntryPassIssuer issuer = new JwtEntryPassIssuer(keys, "waiting-room");
            Instant now = Instant.now();
            String pass = issuer.issue(new EntryPass(EventId.of("concert-2026"), "entry-1", Optional.of(UserId.of("user123")),
                    now, now.plusSeconds(300), "pass-1"));
            String otherEvent = issuer.issue(new EntryPass(EventId.of("opera-2026"), "entry-2", Optional.empty(),
                    now, now.plusSeconds(300), "pass-2"));
            String expired = issuer.issue(new EntryPass(EventId.of("concert-2026"), "entry-3", Optional.empty(),
                    now.minusSeconds(900), now.minusSeconds(600), "pass-3"));

            var processor = new DefaultJWTProcessor<SecurityContext>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                    JWKSourceBuilder.create(URI.create("http://127.0.0.1:" + publishing.port() + "/.well-known/jwks.json").toURL())
                            .build()));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("concert-2026",
                    new JWTClaimsSet.Builder().issuer("waiting-room").build(), Set.of("sub", "iat", "exp", "jti")));

            JWTClaimsSet claims = processor.process(pass, null);
            assertThat(claims.getSubject()).isEqualTo("entry-1");
            assertThat(claims.getStringClaim("uid")).isEqualTo("user123");
            assertThatThrownBy(() -> processor.process(otherEvent, null)).isInstanceOf(BadJWTException.class);
            assertThatThrownBy(() -> processor.process(expired, null)).isInstanceOf(BadJWTException.class);
        } finally {
            publishing.stop();
        }
    }

    @Test
    void everyInstanceSharingAStorePublishesTheSameKeys() {
        InMemorySigningKeyStore store = new InMemorySigningKeyStore();
        WaitingRoomHttpServer first = TestServers.start(TestServers.inMemoryUseCases(), EntrySigningKeys.shared(store));
        WaitingRoomHttpServer second = TestServers.start(TestServers.inMemoryUseCases(), EntrySigningKeys.shared(store));
        try {
            String fromFirst = new ApiClient(first.port()).get(OperationsRoutes.JWKS).raw().body();
            String fromSecond = new ApiClient(second.port()).get(OperationsRoutes.JWKS).raw().body();

            assertThat(fromFirst).contains("\"kid\"").isEqualTo(fromSecond);
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aSharedKeyTheStoreCannotGiveYetIsAStoreOutage() {
        WaitingRoomHttpServer down = TestServers.start(TestServers.inMemoryUseCases(),
                EntrySigningKeys.shared(new UnavailableStore(Duration.ofSeconds(2))));
        try {
            Reply reply = new ApiClient(down.port()).get(OperationsRoutes.JWKS);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.errorCode()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(reply.header("Retry-After")).isEqualTo("2");
        } finally {
            down.stop();
        }
    }

    /** The path of every route the server registers: the constants of the route classes. */
    private static List<String> routeTemplates() {
        List<String> routes = new ArrayList<>();
        for (Class<?> routeClass : List.of(QueueRoutes.class, ReservationRoutes.class, AdminRoutes.class, EventRoutes.class,
                PersonLogRoutes.class, FlagRoutes.class, OperationsRoutes.class, PageRoutes.class)) {
            for (Field field : routeClass.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    String value = constant(field);
                    // a route, not a prefix of routes (AdminRoutes.PREFIX)
                    if (value.startsWith("/") && !value.endsWith("/")) {
                        routes.add(value);
                    }
                }
            }
        }
        return routes;
    }

    private static String constant(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Helidon names path parameters in camelCase ({eventId}), the contract in snake_case ({event_id}). */
    private static String asOpenApiPath(String route) {
        Matcher parameters = Pattern.compile("\\{([A-Za-z]+)}").matcher(route);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String snake = parameters.group(1).replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            parameters.appendReplacement(path, Matcher.quoteReplacement("{" + snake + "}"));
        }
        parameters.appendTail(path);
        return path.toString();
    }
}
