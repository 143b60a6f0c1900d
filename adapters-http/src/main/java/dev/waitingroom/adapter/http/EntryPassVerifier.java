package dev.waitingroom.adapter.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.waitingroom.application.port.in.Holder;
import dev.waitingroom.domain.queue.EventId;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the entry pass a reservation request carries ({@code Authorization: Bearer <pass>}) before anything
 * touches the store: signed ES256 by the key this gateway signs with (the {@code kid} must name it), not
 * expired by this gateway's clock, issued by this gateway's issuer, for exactly one event, naming an entry.
 * Whether the window behind it is still open only the store can say; the seat ledger checks that.
 */
final class EntryPassVerifier {

    private static final String BEARER = "bearer ";
    /** Far above any pass we sign (some 600 characters); longer text is refused before parsing. */
    private static final int MAX_PASS_LENGTH = 4096;

    /** What a valid pass says: whose admission, for which event. */
    record VerifiedPass(EventId eventId, String holder) {
    }

    private record KeyVerifier(EntrySigningKey key, JWSVerifier verifier) {
    }

    private final EntrySigningKeys keys;
    private final String issuer;
    private final Clock clock;
    private volatile KeyVerifier cached;

    EntryPassVerifier(EntrySigningKeys keys, String issuer, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param authorization every {@code Authorization} header of the request
     * @return the pass, or empty when there is none, more than one, or it is not valid in any way
     */
    Optional<VerifiedPass> verify(List<String> authorization) {
        if (authorization.size() != 1) {
            return Optional.empty();
        }
        String header = authorization.getFirst();
        if (header.length() <= BEARER.length() || header.length() > BEARER.length() + MAX_PASS_LENGTH
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        try {
            return verified(SignedJWT.parse(header.substring(BEARER.length()).strip()));
        } catch (ParseException | JOSEException e) {
            return Optional.empty(); // not a JWS, claims that are not JSON, a signature that is no ES256 signature
        }
    }

    private Optional<VerifiedPass> verified(SignedJWT jwt) throws ParseException, JOSEException {
        JWSHeader header = jwt.getHeader();
        KeyVerifier current = verifierOfCurrentKey();
        // only ES256, so a pass cannot choose a weaker algorithm (or none) for itself
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !current.key().kid().equals(header.getKeyID())
                || !jwt.verify(current.verifier())) {
            return Optional.empty();
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        Date expires = claims.getExpirationTime();
        if (expires == null || !clock.instant().isBefore(expires.toInstant()) || !issuer.equals(claims.getIssuer())) {
            return Optional.empty();
        }
        List<String> audience = claims.getAudience();
        String subject = claims.getSubject();
        if (audience.size() != 1 || subject == null || !Holder.isValid(subject)) {
            return Optional.empty();
        }
        return EventId.parse(audience.getFirst()).map(event -> new VerifiedPass(event, subject));
    }

    /** The verifier of the key that signs now, built once per key. */
    private KeyVerifier verifierOfCurrentKey() throws JOSEException {
        EntrySigningKey key = keys.current();
        KeyVerifier known = cached;
        if (known == null || known.key() != key) {
            known = new KeyVerifier(key, new ECDSAVerifier(key.publicJwk()));
            cached = known;
        }
        return known;
    }
}
