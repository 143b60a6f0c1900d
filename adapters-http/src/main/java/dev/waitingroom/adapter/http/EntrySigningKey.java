package dev.waitingroom.adapter.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

/**
 * The EC P-256 private key that signs entry passes (ES256), with its key id ({@code kid}). Read from
 * the operator's setting (a PEM or a private JWK), or generated. Nothing here ever shows the private
 * part: not {@link #toString()}, not a refusal's message.
 */
public final class EntrySigningKey {

    private static final String NEEDS = "ES256 needs an EC P-256 private key";

    private final ECKey jwk;
    private final JWSSigner signer;
    private final String publishedSet;

    private EntrySigningKey(ECKey jwk) {
        this.jwk = jwk;
        try {
            this.signer = new ECDSASigner(jwk);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the key cannot sign ES256; " + NEEDS);
        }
        this.publishedSet = new JWKSet(jwk.toPublicJWK()).toString(true);
    }

    /**
     * The key written as a PEM (PKCS#8 {@code BEGIN PRIVATE KEY} or SEC1 {@code BEGIN EC PRIVATE KEY}, also
     * with its newlines written as {@code \n}) or as a private JWK (kty EC, crv P-256, with d). Its kid is
     * the JWK's own, when it has one, else the key's RFC 7638 thumbprint.
     *
     * @throws IllegalArgumentException saying what is wrong, never quoting the key
     */
    public static EntrySigningKey parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the key is empty; " + NEEDS + " (PEM or JWK)");
        }
        EntrySigningKey key;
        if (trimmed.startsWith("{")) {
            key = fromJwk(trimmed);
        } else if (PemPrivateKey.looksLikePem(trimmed)) {
            key = fromPem(PemPrivateKey.read(trimmed));
        } else {
            throw new IllegalArgumentException("the key is neither a PEM (-----BEGIN PRIVATE KEY-----) nor a JWK (a JSON"
                    + " object); " + NEEDS);
        }
        key.requireMatchingHalves();
        return key;
    }

    /** A new random key, its kid its thumbprint. */
    public static EntrySigningKey generate() {
        try {
            return new EntrySigningKey(new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("every JDK can generate a P-256 key", e);
        }
    }

    private static EntrySigningKey fromJwk(String json) {
        Map<String, Object> members;
        try {
            members = JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the key starts like a JWK but is not a valid JSON object");
        }
        if (members.containsKey("keys")) {
            throw new IllegalArgumentException("the key is a JWK set; give the one private JWK itself");
        }
        JWK parsed;
        try {
            parsed = JWK.parse(members);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the key is not a valid JWK (a kty, and the members that kty needs); " + NEEDS);
        }
        if (!(parsed instanceof ECKey ec)) {
            KeyType type = parsed.getKeyType();
            throw new IllegalArgumentException("the JWK is a key of type " + type + ", not EC; " + NEEDS);
        }
        if (!Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalArgumentException("the JWK is an EC key on curve " + ec.getCurve() + ", not P-256; " + NEEDS);
        }
        if (!ec.isPrivate()) {
            throw new IllegalArgumentException("the JWK is a public key only (no \"d\"), but signing needs the private key");
        }
        if (ec.getAlgorithm() != null && !JWSAlgorithm.ES256.equals(ec.getAlgorithm())) {
            throw new IllegalArgumentException("the JWK is meant for " + ec.getAlgorithm() + "; entry passes are signed ES256");
        }
        if (ec.getKeyUse() != null && !KeyUse.SIGNATURE.equals(ec.getKeyUse())) {
            throw new IllegalArgumentException("the JWK is meant for use \"" + ec.getKeyUse().identifier() + "\", not \"sig\"");
        }
        if (!P256.isPrivateScalar(ec.getD().decodeToBigInteger())) {
            throw new IllegalArgumentException("the JWK's \"d\" is out of the range of P-256 private keys");
        }
        ECKey.Builder normalized = new ECKey.Builder(Curve.P_256, ec.getX(), ec.getY()).d(ec.getD());
        return new EntrySigningKey(withIdentity(normalized, ec.getKeyID()));
    }

    private static EntrySigningKey fromPem(ECPrivateKey privateKey) {
        if (!P256.isPrivateScalar(privateKey.getS())) {
            throw new IllegalArgumentException("the PEM key is out of the range of P-256 private keys");
        }
        ECPublicKey publicKey;
        try {
            publicKey = P256.publicKeyOf(privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the PEM key is not usable by this JDK; " + NEEDS);
        }
        return new EntrySigningKey(withIdentity(new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey), null));
    }

    /** use sig, alg ES256, and the given kid or, without one, the thumbprint. */
    private static ECKey withIdentity(ECKey.Builder key, String kid) {
        key.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256);
        try {
            return kid == null || kid.isBlank() ? key.keyIDFromThumbprint().build() : key.keyID(kid).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A JWK whose d does not belong to its x and y would sign passes nobody can verify: refused at once. */
    private void requireMatchingHalves() {
        try {
            byte[] probe = "entry-pass-key-check".getBytes(StandardCharsets.US_ASCII);
            Signature signing = Signature.getInstance("SHA256withECDSA");
            signing.initSign(jwk.toECPrivateKey());
            signing.update(probe);
            byte[] signature = signing.sign();
            Signature verifying = Signature.getInstance("SHA256withECDSA");
            verifying.initVerify(jwk.toECPublicKey());
            verifying.update(probe);
            if (!verifying.verify(signature)) {
                throw new IllegalArgumentException("the private key (\"d\") does not belong to the public key (\"x\", \"y\")");
            }
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalArgumentException("the key cannot sign ES256; " + NEEDS);
        }
    }

    public String kid() {
        return jwk.getKeyID();
    }

    /** The private JWK as JSON, with its kid: what instances share through a store, and what {@link #parse} reads back. */
    public String serialized() {
        return jwk.toJSONString();
    }

    /** The public JWK (kid, use sig, alg ES256) that verifiers fetch. */
    ECKey publicJwk() {
        return jwk.toPublicJWK();
    }

    /** {@code {"keys":[<the public JWK>]}}, as {@code /.well-known/jwks.json} serves it. */
    String publishedSet() {
        return publishedSet;
    }

    JWSSigner signer() {
        return signer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntrySigningKey key && jwk.equals(key.jwk);
    }

    @Override
    public int hashCode() {
        return jwk.hashCode();
    }

    /** The kid only: the private part never reaches a log. */
    @Override
    public String toString() {
        return "EntrySigningKey[kid=" + kid() + "]";
    }
}
