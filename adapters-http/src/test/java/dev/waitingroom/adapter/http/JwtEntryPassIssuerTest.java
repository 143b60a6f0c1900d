package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.waitingroom.adapter.inmemory.InMemorySigningKeyStore;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every pass is checked the way a downstream service checks it: against the published key set only. */
class JwtEntryPassIssuerTest {

    private static final Instant ISSUED = Instant.parse("2026-11-27T10:00:00.750Z");
    private static final Instant EXPIRES = Instant.parse("2026-11-27T10:05:00.999Z");

    private final EntrySigningKeys keys = EntrySigningKeys.fixed(EntrySigningKey.generate());
    private final JwtEntryPassIssuer issuer = new JwtEntryPassIssuer(keys, "https://tickets.example/waiting-room");

    private static EntryPass pass(Optional<UserId> user) {
        return new EntryPass(EventId.of("concert-2026"), "entry-7Hq2", user, ISSUED, EXPIRES, "pass-0001");
    }

    @Test
    void aPassVerifiesAgainstThePublishedKeysAndSaysWhoMayEnterWhatUntilWhen() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue(pass(Optional.of(UserId.of("user123")))));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.current().kid());
        assertThat(verifiesAgainst(keys.published(), jwt)).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("https://tickets.example/waiting-room");
        assertThat(claims.getAudience()).containsExactly("concert-2026");
        assertThat(claims.getSubject()).isEqualTo("entry-7Hq2");
        assertThat(claims.getStringClaim("uid")).isEqualTo("user123");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(Instant.parse("2026-11-27T10:00:00Z")));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(Instant.parse("2026-11-27T10:05:00Z")));
        assertThat(claims.getJWTID()).isEqualTo("pass-0001");
        assertThat(claims.getClaims()).containsOnlyKeys("iss", "aud", "sub", "uid", "iat", "exp", "jti");
    }

    @Test
    void theClaimsAreWrittenAsTheContractSaysWithWholeSecondsAndOneAudience() throws Exception {
        Map<String, Object> payload = payloadOf(issuer.issue(pass(Optional.of(UserId.of("user123")))));

        assertThat(payload.get("aud")).isEqualTo("concert-2026");
        assertThat(payload.get("iat")).isEqualTo(ISSUED.getEpochSecond());
        assertThat(payload.get("exp")).isEqualTo(EXPIRES.getEpochSecond());
    }

    @Test
    void aPassWithoutUserHasNoUid() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.issue(pass(Optional.empty())));

        assertThat(verifiesAgainst(keys.published(), jwt)).isTrue();
        assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKey("uid").containsKeys("iss", "aud", "sub", "jti");
    }

    @Test
    void aPassWithAChangedClaimFailsVerification() throws Exception {
        String token = issuer.issue(pass(Optional.of(UserId.of("user123"))));
        String[] parts = token.split("\\.");
        Map<String, Object> payload = payloadOf(token);
        payload.put("aud", "another-concert");
        String forged = parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2];

        assertThat(verifiesAgainst(keys.published(), SignedJWT.parse(token))).isTrue();
        assertThat(verifiesAgainst(keys.published(), SignedJWT.parse(forged))).isFalse();
    }

    @Test
    void aPassSignedByAnotherKeyFailsVerificationEvenUnderTheSameKid() throws Exception {
        ECKey ours = new ECKeyGenerator(Curve.P_256).keyID("passes-1").generate();
        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID("passes-1").generate();
        EntrySigningKeys published = EntrySigningKeys.fixed(EntrySigningKey.parse(ours.toJSONString()));
        JwtEntryPassIssuer forger = new JwtEntryPassIssuer(
                EntrySigningKeys.fixed(EntrySigningKey.parse(impostor.toJSONString())), "https://tickets.example/waiting-room");

        SignedJWT forged = SignedJWT.parse(forger.issue(pass(Optional.empty())));

        assertThat(forged.getHeader().getKeyID()).isEqualTo("passes-1");
        assertThat(verifiesAgainst(published.published(), forged)).isFalse();
    }

    @Test
    void twoInstancesSharingAStoreSignAlikeAndEachVerifiesTheOthersPasses() throws Exception {
        InMemorySigningKeyStore store = new InMemorySigningKeyStore();
        EntrySigningKeys first = EntrySigningKeys.shared(store);
        EntrySigningKeys second = EntrySigningKeys.shared(store);

        String fromFirst = new JwtEntryPassIssuer(first, "waiting-room").issue(pass(Optional.empty()));
        String fromSecond = new JwtEntryPassIssuer(second, "waiting-room").issue(pass(Optional.empty()));

        assertThat(verifiesAgainst(second.published(), SignedJWT.parse(fromFirst))).isTrue();
        assertThat(verifiesAgainst(first.published(), SignedJWT.parse(fromSecond))).isTrue();
    }

    /** What a downstream service does: find the key named in the header in the set, and check the signature. */
    static boolean verifiesAgainst(String publishedSet, SignedJWT jwt) throws Exception {
        List<JWK> keys = JWKSet.parse(publishedSet).getKeys();
        JWK key = JWKSet.parse(publishedSet).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(keys).allSatisfy(published -> assertThat(published.isPrivate()).isFalse());
        return key != null && jwt.verify(new ECDSAVerifier(key.toECKey()));
    }

    private static Map<String, Object> payloadOf(String token) throws Exception {
        String payload = new String(new Base64URL(token.split("\\.")[1]).decode(), StandardCharsets.UTF_8);
        return JSONObjectUtils.parse(payload);
    }
}
