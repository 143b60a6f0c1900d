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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the entry pass a reservation request carries ({@code Authorization: Bearer <pass>}) before anything
 * touches the store: signed ES256 by the key this gateway signs with (the {@code kid} must name it), not
 * expired by this gateway's clock, issued by this gateway's issuer, for exactly one event, naming an entry.
 * Whether the window behind it is still open only the store can say; the seat ledger checks that.
 *
 * <p>Checking an ES256 signature costs some 600 µs of CPU here, about half of a hold's cost in the gateway
 * (run AD of docs/benchmarks.md), and a person sends the same pass with every seat call. So a pass found
 * valid is remembered by the SHA-256 of its text until its {@code exp}, for as long as the same key signs:
 * the identical text would verify the same way again. The memory is bounded and cleared when full.
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

    /** A pass found valid: what it says, until when, and under which key. */
    private record Remembered(VerifiedPass pass, Instant expires, EntrySigningKey key) {
    }

    /** Passes remembered at most; some 150 bytes each. */
    static final int MAX_REMEMBERED = 100_000;

    private final EntrySigningKeys keys;
    private final String issuer;
    private final Clock clock;
    private volatile KeyVerifier cached;
    private final Map<ByteBuffer, Remembered> remembered = new ConcurrentHashMap<>();

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
        String text = header.substring(BEARER.length()).strip();
        ByteBuffer digest = digest(text);
        Instant now = clock.instant();
        try {
            KeyVerifier current = verifierOfCurrentKey();
            Remembered known = remembered.get(digest);
            if (known != null && known.key() == current.key() && now.isBefore(known.expires())) {
                return Optional.of(known.pass());
            }
            Optional<Remembered> valid = verified(SignedJWT.parse(text), current, now);
            valid.ifPresent(pass -> remember(digest, pass));
            return valid.map(Remembered::pass);
        } catch (ParseException | JOSEException e) {
            return Optional.empty(); // not a JWS, claims that are not JSON, a signature that is no ES256 signature
        }
    }

    private void remember(ByteBuffer digest, Remembered pass) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear(); // rare, and every pass still verifies; only its next call pays the signature again
        }
        remembered.put(digest, pass);
    }

    private static ByteBuffer digest(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private Optional<Remembered> verified(SignedJWT jwt, KeyVerifier current, Instant now) throws ParseException, JOSEException {
        JWSHeader header = jwt.getHeader();
        // only ES256, so a pass cannot choose a weaker algorithm (or none) for itself
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !current.key().kid().equals(header.getKeyID())
                || !jwt.verify(current.verifier())) {
            return Optional.empty();
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant()) || !issuer.equals(claims.getIssuer())) {
            return Optional.empty();
        }
        List<String> audience = claims.getAudience();
        String subject = claims.getSubject();
        if (audience.size() != 1 || subject == null || !Holder.isValid(subject)) {
            return Optional.empty();
        }
        return EventId.parse(audience.getFirst())
                .map(event -> new Remembered(new VerifiedPass(event, subject), expires.toInstant(), current.key()));
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
