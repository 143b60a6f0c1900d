package dev.waitingroom.adapter.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.port.EntryPassIssuer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;

/**
 * Entry passes as JWTs signed ES256, which any service verifies with the keys at
 * {@code /.well-known/jwks.json}: {@code iss} this gateway, {@code aud} the event, {@code sub} the entry,
 * {@code uid} the user (when the entry has one), {@code iat}, {@code exp} the end of the admission
 * window, {@code jti} the pass. The header names the key ({@code kid}).
 */
public final class JwtEntryPassIssuer implements EntryPassIssuer {

    static final String USER_CLAIM = "uid";

    private final EntrySigningKeys keys;
    private final String issuer;

    public JwtEntryPassIssuer(EntrySigningKeys keys, String issuer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("the issuer must not be blank");
        }
    }

    @Override
    public String issue(EntryPass pass) {
        EntrySigningKey key = keys.current();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(pass.eventId().value())
                .subject(pass.entryId())
                .issueTime(inSeconds(pass.issuedAt()))
                .expirationTime(inSeconds(pass.expiresAt()))
                .jwtID(pass.passId());
        pass.user().ifPresent(user -> claims.claim(USER_CLAIM, user.value()));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(key.kid()).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an entry pass with key " + key.kid(), e);
        }
        return jwt.serialize();
    }

    /** JWT times are whole seconds. */
    private static Date inSeconds(Instant instant) {
        return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
