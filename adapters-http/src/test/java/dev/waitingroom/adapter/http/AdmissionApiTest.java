package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status, enter and the admission counters over HTTP; the admission step is run by the test, as the background work would. */
class AdmissionApiTest {

    private WaitingRoomUseCases useCases;
    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        useCases = TestServers.inMemoryUseCases();
        server = TestServers.start(useCases);
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String join() {
        return api.join("concert").json().path("waiting_token").asText();
    }

    /** The pass, verified against the server's published keys. */
    private JWTClaimsSet verified(String pass) throws Exception {
        JWKSet published = JWKSet.parse(api.get("/.well-known/jwks.json").raw().body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(published)));
        return processor.process(pass, null);
    }

    private static String enterBody(String token) {
        return "{\"waiting_token\":\"" + token + "\"}";
    }

    @Test
    void whilePausedTheStatusSaysWaitingWithNoEtaAndAPollPace() {
        api.configure("concert", "{}");
        join();
        String second = join();

        JsonNode status = api.status(second).json();

        assertThat(status.path("status").asText()).isEqualTo("waiting");
        assertThat(status.path("position").asLong()).isEqualTo(2);
        assertThat(status.has("eta_sec")).isTrue();
        assertThat(status.path("eta_sec").isNull()).isTrue();
        assertThat(status.path("ready_for_entry").asBoolean()).isFalse();
        assertThat(status.path("poll_after_sec").asLong()).isBetween(1L, 30L);
        assertThat(api.enter(enterBody(second)).errorCode()).isEqualTo("NOT_READY");
        assertThat(api.enter(enterBody(second)).status()).isEqualTo(403);
    }

    @Test
    void anAdmittedPersonIsReadyAndEnteringTwiceGivesTheSamePassWhichVerifiesAgainstTheJwks() throws Exception {
        api.configure("concert", "{\"paused\":false}");
        String first = join();
        String second = join();

        useCases.admitPeople().admit();
        JsonNode ready = api.status(first).json();
        Reply entered = api.enter(enterBody(first));
        Reply again = api.enter(enterBody(first));

        assertThat(ready.path("status").asText()).isEqualTo("ready");
        assertThat(ready.path("position").asLong()).isZero();
        assertThat(ready.path("eta_sec").asLong()).isZero();
        assertThat(ready.path("ready_for_entry").asBoolean()).isTrue();
        assertThat(entered.status()).isEqualTo(200);
        assertThat(entered.json().path("admission").asText()).isEqualTo("granted");
        assertThat(entered.json().path("ttl_sec").asLong()).isBetween(590L, 600L);
        assertThat(again.json().path("reservation_token").asText())
                .isNotEmpty()
                .isEqualTo(entered.json().path("reservation_token").asText());
        JWTClaimsSet claims = verified(entered.json().path("reservation_token").asText());
        assertThat(claims.getAudience()).containsExactly("concert");
        assertThat(claims.getIssuer()).isEqualTo("waiting-room-test");
        assertThat(claims.getSubject()).isNotEmpty().isNotEqualTo(first).doesNotContain(first.substring(first.indexOf('~') + 1));
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isBetween(590_000L, 600_000L);
        assertThat(api.status(first).json().path("status").asText()).as("entering does not end the status").isEqualTo("ready");
        assertThat(api.status(second).json().path("status").asText()).as("both fit in the first burst").isEqualTo("ready");
        JsonNode stats = api.stats("concert").json();
        assertThat(stats.path("admitted_total").asLong()).isEqualTo(2);
        assertThat(stats.path("active").asLong()).isEqualTo(2);
        assertThat(stats.path("admission_rate_measured").asDouble()).isPositive();
    }

    @Test
    void leavingWithAnOpenWindowClosesItAndTheTokenIsThenUnknown() {
        api.configure("concert", "{\"paused\":false}");
        String token = join();
        useCases.admitPeople().admit();

        assertThat(api.leave(token).status()).isEqualTo(200);

        assertThat(api.status(token).errorCode()).isEqualTo("TOKEN_NOT_FOUND");
        assertThat(api.enter(enterBody(token)).errorCode()).isEqualTo("TOKEN_NOT_FOUND");
        JsonNode stats = api.stats("concert").json();
        assertThat(stats.path("active").asLong()).isZero();
        assertThat(stats.path("left_total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no body                    | 400 | INVALID_REQUEST | <empty>
            an empty object            | 400 | INVALID_REQUEST | {}
            a null token               | 400 | INVALID_REQUEST | {"waiting_token":null}
            a number                   | 400 | INVALID_REQUEST | {"waiting_token":42}
            an unknown field           | 400 | INVALID_REQUEST | {"waiting_token":"x","extra":1}
            malformed JSON             | 400 | INVALID_REQUEST | {"waiting_token":
            not a token of ours        | 404 | TOKEN_NOT_FOUND | {"waiting_token":"garbage"}
            a token never issued       | 404 | TOKEN_NOT_FOUND | {"waiting_token":"concert~AAAAAAAAAAAAAAAAAAAAAA"}
            """)
    void badEnterRequestsAreRefused(String why, int status, String code, String body) {
        api.configure("concert", "{\"paused\":false}");

        Reply reply = api.enter(body.equals("<empty>") ? "" : body);

        assertThat(reply.status()).as(why).isEqualTo(status);
        assertThat(reply.errorCode()).as(why).isEqualTo(code);
    }

    @Test
    void enterWithABodyThatIsNotJsonIs415() {
        Reply reply = api.send(api.request("/api/v1/queue/enter").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"waiting_token\":\"x\"}")));

        assertThat(reply.status()).isEqualTo(415);
    }
}
