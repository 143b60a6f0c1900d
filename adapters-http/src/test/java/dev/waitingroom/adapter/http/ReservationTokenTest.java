package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.queue.EventId;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bearer token of reservation requests: every way it can be wrong gets 401 INVALID_RESERVATION_TOKEN, and
 * is refused before anything touches the store. Each bad pass below names a real, open admission window, so
 * that only the pass itself can be what refuses it.
 */
class ReservationTokenTest {

    private static final String EVENT = "concert";

    private WaitingRoomUseCases useCases;
    private WaitingRoomHttpServer server;
    private ApiClient api;
    /** An admitted person's entry id (the sub of the pass), and the pass. */
    private String entryId;
    private String pass;

    @BeforeEach
    void start() throws Exception {
        useCases = TestServers.inMemoryUseCases();
        server = TestServers.start(useCases);
        api = new ApiClient(server.port());
        api.configure(EVENT, "{\"paused\":false,\"seats\":[\"A1\",\"A2\"]}");
        String token = api.join(EVENT).json().path("waiting_token").asText();
        useCases.admitPeople().admit();
        pass = api.enter("{\"waiting_token\":\"" + token + "\"}").json().path("reservation_token").asText();
        entryId = SignedJWT.parse(pass).getJWTClaimsSet().getSubject();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(api.stats(EVENT).json().path("seats_held").asLong()).as("nothing was held").isZero();
    }

    private String signedByTheGateway(String event, String subject, Instant expires) {
        return new JwtEntryPassIssuer(TestServers.SIGNING_KEYS, TestServers.ISSUER).issue(new EntryPass(EventId.of(event),
                subject, Optional.empty(), expires.minus(Duration.ofMinutes(10)), expires, UUID.randomUUID().toString()));
    }

    @Test
    void theRealPassHolds() {
        assertThat(api.hold(pass, EVENT, "A1").status()).isEqualTo(201);
    }

    @Test
    void noTokenIsRefused() {
        assertRefused(api.hold(null, EVENT, "A1"));
    }

    @Test
    void anotherSchemeIsRefused() {
        assertRefused(api.send(api.request("/api/v1/reservations").header("Authorization", "Basic " + pass)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event_id\":\"concert\",\"seat_ids\":[\"A1\"]}"))));
    }

    @Test
    void textThatIsNoJwtIsRefused() {
        assertRefused(api.hold("not-a-jwt", EVENT, "A1"));
        assertRefused(api.hold("a.b.c", EVENT, "A1"));
    }

    @Test
    void aPassWhoseClaimsWereChangedIsRefused() throws Exception {
        SignedJWT real = SignedJWT.parse(pass);
        JWTClaimsSet longer = new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofDays(30)))).build();
        String forged = real.getHeader().toBase64URL() + "." + Base64URL.encode(longer.toString()) + "."
                + real.getSignature();

        assertRefused(api.hold(forged, EVENT, "A1"));
    }

    @Test
    void aPassWithADamagedSignatureIsRefused() {
        String[] parts = pass.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[10] ^= 1;

        assertRefused(api.hold(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature), EVENT, "A1"));
    }

    @Test
    void anExpiredPassIsRefused() {
        assertRefused(api.hold(signedByTheGateway(EVENT, entryId, Instant.now().minusSeconds(5)), EVENT, "A1"));
    }

    @Test
    void aPassForAnotherEventIsRefused() {
        api.configure("opera", "{\"seats\":[\"A1\"]}");

        assertRefused(api.hold(signedByTheGateway("opera", entryId, Instant.now().plusSeconds(300)), EVENT, "A1"));
    }

    @Test
    void aPassSignedByAnotherKeyIsRefused() {
        // the same key id too: only the signature can tell
        EntrySigningKey other = EntrySigningKey.parse(EntrySigningKey.generate().serialized()
                .replaceFirst("\"kid\":\"[^\"]*\"", "\"kid\":\"" + TestServers.SIGNING_KEYS.current().kid() + "\""));
        String byOther = new JwtEntryPassIssuer(EntrySigningKeys.fixed(other), TestServers.ISSUER).issue(new EntryPass(
                EventId.of(EVENT), entryId, Optional.empty(), Instant.now(), Instant.now().plusSeconds(300), "p"));

        assertRefused(api.hold(byOther, EVENT, "A1"));
    }

    @Test
    void aPassOfAnotherIssuerIsRefused() {
        String foreign = new JwtEntryPassIssuer(TestServers.SIGNING_KEYS, "someone-else").issue(new EntryPass(
                EventId.of(EVENT), entryId, Optional.empty(), Instant.now(), Instant.now().plusSeconds(300), "p"));

        assertRefused(api.hold(foreign, EVENT, "A1"));
    }

    @Test
    void anUnsignedOrSymmetricallySignedPassIsRefused() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(pass).getJWTClaimsSet();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(TestServers.SIGNING_KEYS.current().kid()).build(), claims);
        hmac.sign(new MACSigner("a shared secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8)));

        assertRefused(api.hold(new PlainJWT(claims).serialize(), EVENT, "A1"));
        assertRefused(api.hold(hmac.serialize(), EVENT, "A1"));
    }

    @Test
    void aGenuinePassWhoseEntryHasNoOpenWindowIsRefusedByTheStore() {
        assertRefused(api.hold(signedByTheGateway(EVENT, "AAAAAAAAAAAAAAAAAAAAAA", Instant.now().plusSeconds(300)),
                EVENT, "A1"));
    }

    @Test
    void everyReservationRouteRefusesABadPass() {
        String id = api.hold(pass, EVENT, "A1").json().path("reservation_id").asText();
        String expired = signedByTheGateway(EVENT, entryId, Instant.now().minusSeconds(5));

        for (Reply reply : List.of(api.reservation(expired, id), api.confirm(expired, id), api.cancel(null, id))) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.errorCode()).isEqualTo("INVALID_RESERVATION_TOKEN");
        }
        assertThat(api.reservation(pass, id).json().path("status").asText()).isEqualTo("HOLD");
    }

    @Test
    void aBadPassIsRefusedWithoutAskingTheStoreAndAGoodOneMeetsTheStoreOutage() {
        WaitingRoomHttpServer down = TestServers.start(TestServers.unavailableUseCases(Duration.ofSeconds(3)));
        try {
            ApiClient client = new ApiClient(down.port());
            String good = signedByTheGateway(EVENT, entryId, Instant.now().plusSeconds(300));

            Reply bad = client.hold("not-a-jwt", EVENT, "A1");
            Reply badRead = client.reservation(null, "AAAAAAAAAAAAAAAAAAAAAA");
            List<Reply> outage = List.of(client.hold(good, EVENT, "A1"), client.reservation(good, "AAAAAAAAAAAAAAAAAAAAAA"),
                    client.confirm(good, "AAAAAAAAAAAAAAAAAAAAAA"), client.cancel(good, "AAAAAAAAAAAAAAAAAAAAAA"),
                    client.seats(EVENT));

            assertThat(bad.status()).as("refused before the store, which is down").isEqualTo(401);
            assertThat(badRead.status()).isEqualTo(401);
            assertThat(outage).allSatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.errorCode()).isEqualTo("STORE_UNAVAILABLE");
                assertThat(reply.header("Retry-After")).isEqualTo("3");
            });
        } finally {
            down.stop();
        }
    }
}
