package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntrySigningKeyTest {

    // ---- accepted forms ------------------------------------------------------------------------

    @Test
    void aPkcs8PemIsReadAndItsPublicHalfIsTheOneOpensslDerives() throws Exception {
        EntrySigningKey key = EntrySigningKey.parse(pem("pkcs8.pem"));

        assertThat(key.publicJwk().toECPublicKey().getW()).isEqualTo(publicKey("pkcs8-public.pem").getW());
        assertThat(key.kid()).isEqualTo(key.publicJwk().computeThumbprint().toString());
    }

    @Test
    void aSec1PemIsReadWithTheCurveParametersOpensslWritesBeforeIt() throws Exception {
        EntrySigningKey key = EntrySigningKey.parse(pem("sec1-with-parameters.pem"));

        assertThat(key.publicJwk().toECPublicKey().getW()).isEqualTo(publicKey("sec1-public.pem").getW());
        assertThat(key.kid()).isEqualTo(key.publicJwk().computeThumbprint().toString());
    }

    @Test
    void aSec1PemWithoutTheParametersBlockIsReadToo() {
        String pem = pem("sec1-with-parameters.pem");
        String keyOnly = pem.substring(pem.indexOf("-----BEGIN EC PRIVATE KEY-----"));

        assertThat(EntrySigningKey.parse(keyOnly)).isEqualTo(EntrySigningKey.parse(pem));
    }

    @Test
    void aPemFromAnEnvFileWithItsNewlinesWrittenAsBackslashNIsReadAlike() {
        String pem = pem("pkcs8.pem");

        assertThat(EntrySigningKey.parse(pem.strip().replace("\n", "\\n"))).isEqualTo(EntrySigningKey.parse(pem));
        assertThat(EntrySigningKey.parse(pem.replace("\n", "\r\n"))).isEqualTo(EntrySigningKey.parse(pem));
        assertThat(EntrySigningKey.parse("  \n" + pem + "\n\n")).isEqualTo(EntrySigningKey.parse(pem));
    }

    @Test
    void aPrivateJwkKeepsItsOwnKid() throws Exception {
        ECKey jwk = new ECKeyGenerator(Curve.P_256).keyID("passes-2026-11").generate();

        EntrySigningKey key = EntrySigningKey.parse(jwk.toJSONString());

        assertThat(key.kid()).isEqualTo("passes-2026-11");
        assertThat(key.publicJwk().toECPublicKey().getW()).isEqualTo(jwk.toECPublicKey().getW());
    }

    @Test
    void aPrivateJwkWithoutKidIsNamedByItsThumbprint() throws Exception {
        ECKey jwk = new ECKeyGenerator(Curve.P_256).generate();

        assertThat(EntrySigningKey.parse(jwk.toJSONString()).kid()).isEqualTo(jwk.computeThumbprint().toString());
    }

    @Test
    void theSameKeyAsPemOrAsJwkWithoutKidHasTheSameKid() {
        EntrySigningKey fromPem = EntrySigningKey.parse(pem("pkcs8.pem"));
        Map<String, Object> jwk = members(fromPem.serialized());
        jwk.remove("kid");

        assertThat(EntrySigningKey.parse(JSONObjectUtils.toJSONString(jwk)).kid()).isEqualTo(fromPem.kid());
    }

    @Test
    void aGeneratedKeyIsNamedByItsThumbprintAndSurvivesItsSerializedForm() throws Exception {
        EntrySigningKey generated = EntrySigningKey.generate();

        EntrySigningKey read = EntrySigningKey.parse(generated.serialized());

        assertThat(read).isEqualTo(generated);
        assertThat(read.kid()).isEqualTo(generated.kid()).isEqualTo(generated.publicJwk().computeThumbprint().toString());
        assertThat(EntrySigningKey.generate()).isNotEqualTo(generated);
    }

    @Test
    void thePublishedSetHoldsThePublicKeyOnlyForSigningWithEs256() throws Exception {
        EntrySigningKey key = EntrySigningKey.parse(pem("pkcs8.pem"));

        JWK published = JWKSet.parse(key.publishedSet()).getKeyByKeyId(key.kid());

        assertThat(published).isNotNull();
        assertThat(published.isPrivate()).isFalse();
        assertThat(published.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(key.publishedSet()).doesNotContain("\"d\"");
    }

    @Test
    void theTextFormShowsTheKidButNeverThePrivateKey() {
        EntrySigningKey key = EntrySigningKey.generate();
        String d = (String) members(key.serialized()).get("d");

        assertThat(key.toString()).contains(key.kid()).doesNotContain(d);
    }

    // ---- refused forms -------------------------------------------------------------------------

    static Stream<Arguments> refusedKeys() throws Exception {
        ECKey p256 = new ECKeyGenerator(Curve.P_256).generate();
        ECKey other = new ECKeyGenerator(Curve.P_256).generate();
        ECKey mismatched = new ECKey.Builder(Curve.P_256, p256.getX(), p256.getY()).d(other.getD()).build();
        String pkcs8 = pem("pkcs8.pem");
        String body = pkcs8.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Stream.of(
                Arguments.of("RSA key, PKCS#8", pem("rsa-pkcs8.pem"), "RSA"),
                Arguments.of("RSA key, traditional", pem("rsa-traditional.pem"), "RSA"),
                Arguments.of("P-384 key, PKCS#8", pem("p384-pkcs8.pem"), "another curve than P-256"),
                Arguments.of("P-384 key, SEC1", pem("p384-sec1.pem"), "another curve than P-256"),
                Arguments.of("Ed25519 key", pem("ed25519.pem"), "not an EC key"),
                Arguments.of("public key PEM", pem("pkcs8-public.pem"), "public key"),
                Arguments.of("encrypted PKCS#8", pem("encrypted-pkcs8.pem"), "encrypted"),
                Arguments.of("encrypted SEC1", pem("sec1-encrypted.pem"), "encrypted"),
                Arguments.of("PEM without its end line", pkcs8.substring(0, pkcs8.indexOf("-----END")), "no complete block"),
                Arguments.of("PEM with a broken body", pkcs8.replace(body.substring(10, 14), "!!!!"), "not valid base64"),
                Arguments.of("PEM with a body of another thing", "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getEncoder().encodeToString("not a key at all, just words".getBytes(StandardCharsets.US_ASCII))
                        + "\n-----END PRIVATE KEY-----", "not an EC key"),
                Arguments.of("SEC1 with a body of another thing", "-----BEGIN EC PRIVATE KEY-----\n"
                        + Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})
                        + "\n-----END EC PRIVATE KEY-----", "not a well-formed SEC1 key"),
                Arguments.of("garbage", "hunter2-this-is-not-a-key", "neither a PEM"),
                Arguments.of("blank", "   \n ", "empty"),
                Arguments.of("invalid JSON", "{\"kty\":\"EC\",\"d\":\"" + p256.getD() + "\"", "not a valid JSON object"),
                Arguments.of("JWK without kty", "{\"d\":\"" + p256.getD() + "\"}", "not a valid JWK"),
                Arguments.of("RSA JWK", new RSAKeyGenerator(2048).generate().toJSONString(), "not EC"),
                Arguments.of("symmetric JWK", new OctetSequenceKeyGenerator(256).generate().toJSONString(), "not EC"),
                Arguments.of("P-384 JWK", new ECKeyGenerator(Curve.P_384).generate().toJSONString(), "P-384, not P-256"),
                Arguments.of("public JWK", p256.toPublicJWK().toJSONString(), "public key only"),
                Arguments.of("JWK whose d belongs to another key", mismatched.toJSONString(), "does not belong"),
                Arguments.of("JWK set", "{\"keys\":[" + p256.toJSONString() + "]}", "JWK set"),
                Arguments.of("JWK for ES384", new ECKey.Builder(p256).algorithm(JWSAlgorithm.ES384).build().toJSONString(), "ES384"),
                Arguments.of("JWK for encryption", new ECKey.Builder(p256).keyUse(KeyUse.ENCRYPTION).build().toJSONString(), "\"enc\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedKeys")
    void anUnusableKeyIsRefusedSayingWhyWithoutQuotingIt(String form, String text, String reason) {
        assertThatThrownBy(() -> EntrySigningKey.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason)
                .hasNoCause()
                .satisfies(refusal -> {
                    for (String secret : secretsIn(text)) {
                        assertThat(refusal.getMessage()).as("quotes key material").doesNotContain(secret);
                    }
                });
    }

    /** Base64 lines of a PEM, and every long value of a JSON object: what a message must never repeat. */
    private static List<String> secretsIn(String text) {
        List<String> secrets = new ArrayList<>();
        for (String line : text.replace("\\n", "\n").split("\\R")) {
            if (line.strip().length() >= 12 && !line.startsWith("-----")) {
                secrets.add(line.strip().substring(0, 12));
            }
        }
        if (text.strip().startsWith("{")) {
            for (String value : text.split("\"")) {
                if (value.length() >= 12) {
                    secrets.add(value.substring(0, 12));
                }
            }
        }
        return secrets;
    }

    // ---- test keys -----------------------------------------------------------------------------

    static String pem(String name) {
        try (InputStream in = EntrySigningKeyTest.class.getResourceAsStream("/signing-keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test key " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ECPublicKey publicKey(String name) throws Exception {
        String body = pem(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static Map<String, Object> members(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
