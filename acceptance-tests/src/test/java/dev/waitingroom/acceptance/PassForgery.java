package dev.waitingroom.acceptance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;

/** What someone without the waiting room's key can make of a real entry pass. */
final class PassForgery {

    private static final String PERSON_CLAIM = "uid";

    private PassForgery() {
    }

    /** The same claims, signed with a key of the forger's own but naming the published key. */
    static String signedWithAKeyOfTheirOwn(String pass) {
        try {
            SignedJWT original = SignedJWT.parse(pass);
            SignedJWT copy = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                    .keyID(original.getHeader().getKeyID()).build(), original.getJWTClaimsSet());
            copy.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()));
            return copy.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("could not forge a copy of " + pass, e);
        }
    }

    /** The same claims with no signature at all ({@code "alg": "none"}). */
    static String unsigned(String pass) {
        try {
            return new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                    SignedJWT.parse(pass).getJWTClaimsSet()).serialize();
        } catch (ParseException e) {
            throw new IllegalStateException("could not read " + pass, e);
        }
    }

    /** The waiting room's own header and signature, around claims that were changed. */
    static String changed(String pass, String change, String eventId) {
        String[] parts = pass.split("\\.");
        try {
            JWTClaimsSet original = JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString());
            JWTClaimsSet.Builder changed = new JWTClaimsSet.Builder(original);
            switch (change) {
                case "is for another event" -> changed.audience("another-" + eventId);
                case "is good for an hour longer" -> changed.expirationTime(Date.from(original.getExpirationTime().toInstant().plusSeconds(3600)));
                case "names another person" -> changed.claim(PERSON_CLAIM, "mallory");
                default -> throw new IllegalArgumentException("no such change: " + change);
            }
            return parts[0] + "." + Base64URL.encode(changed.build().toString()) + "." + parts[2];
        } catch (ParseException e) {
            throw new IllegalStateException("could not read " + pass, e);
        }
    }
}
