package dev.waitingroom.bootstrap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.util.Set;

/**
 * Checks an entry pass the way a downstream service does: the signature against the published keys,
 * the event, the time. For operators and for the README's walkthrough:
 * {@code java -cp waiting-room.jar dev.waitingroom.bootstrap.EntryPassCheck <jwks url> <event id> <pass>}.
 * Prints the claims and exits 0, or says why the pass is refused and exits 1 (2 for wrong arguments).
 */
public final class EntryPassCheck {

    private EntryPassCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: EntryPassCheck <jwks url> <event id> <pass>");
            System.exit(2);
            return;
        }
        try {
            JWTClaimsSet claims = check(URI.create(args[0]), args[1], args[2]);
            System.out.println("valid entry pass: " + claims);
        } catch (Exception e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(1);
        }
    }

    static JWTClaimsSet check(URI jwks, String eventId, String pass) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                JWKSourceBuilder.create(jwks.toURL()).retrying(false).build()));
        // the audience must be this event; sub, iat, exp and jti must be there; exp is checked against now
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(eventId, null, Set.of("sub", "iat", "exp", "jti")));
        return processor.process(pass, null);
    }
}
