package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The entry pass as the ticket shop sees it: a signed token it checks with nothing but the keys the
 * waiting room publishes, and nimbus-jose-jwt, as a shop in Java would. The shop expects the waiting
 * room as the issuer (the default {@code ENTRY_PASS_ISSUER}) and its own event as the audience.
 */
public final class EntryPassSteps {

    private static final String ISSUER = "waiting-room";
    private static final String PERSON_CLAIM = "uid";

    // Cucumber makes a new instance of the class for every scenario: these belong to one scenario
    private JWTClaimsSet accepted;
    private String forged;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @Then("the ticket shop accepts the entry pass of {string} with the published keys")
    public void shopAccepts(String person) {
        try {
            accepted = shop(world().eventId(), DefaultJWTClaimsVerifier.DEFAULT_MAX_CLOCK_SKEW_SECONDS).process(passOf(person), null);
        } catch (ParseException | JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new AssertionError("the ticket shop refused the pass of " + person + ": " + e.getMessage(), e);
        }
    }

    @Then("the entry pass is issued by the waiting room, for this event")
    public void issuedForThisEvent() {
        JWTClaimsSet claims = accepted();
        assertThat(claims.getIssuer()).as("who issued the pass").isEqualTo(ISSUER);
        assertThat(claims.getAudience()).as("the events the pass is for").containsExactly(world().eventId());
    }

    @Then("the entry pass names {string} as the person let in")
    public void namesThePerson(String person) throws ParseException {
        assertThat(accepted().getStringClaim(PERSON_CLAIM)).as("the person the pass names").isEqualTo(person);
    }

    /**
     * The window opened when the person was let in: after the request to open the sale was sent, and
     * before the status check that first showed the person ready ended. A pass counts whole seconds.
     * The pass also agrees with the time left that entering named.
     */
    @Then("the entry pass is good until the admission window of {string} ends, {int} seconds after {string} was let in")
    public void goodUntilTheWindowEnds(String person, int windowSeconds, String samePerson) {
        assertThat(samePerson).as("the person whose window it is").isEqualTo(person);
        Instant expires = accepted().getExpirationTime().toInstant();
        Instant earliest = world().saleOpening().sentAt().plusSeconds(windowSeconds).minusSeconds(1);
        Instant latest = world().letIn(person).seenAt().plusSeconds(windowSeconds);
        assertThat(expires).as("the end of the pass").isBetween(earliest, latest);
        Reply entry = world().entriesOf(person).getLast();
        Instant leftByEntering = Instant.now().plusSeconds(entry.body().path("ttl_sec").asLong());
        assertThat(Duration.between(expires, leftByEntering).abs())
                .as("the end of the pass against the time left when entering (%s)", entry)
                .isLessThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(accepted().getIssueTime()).as("when the pass was issued").isNotNull();
        assertThat(accepted().getJWTID()).as("the pass's own id").isNotBlank();
    }

    @Then("the entry pass does not give away the waiting token of {string}")
    public void keepsTheWaitingTokenSecret(String person) {
        String token = world().onlyPlaceOf(person);
        String secret = token.substring(token.lastIndexOf('~') + 1);
        JWTClaimsSet claims = accepted();
        assertThat(claims.getSubject()).as("the entry the pass names").isNotBlank().isNotEqualTo(token).doesNotContain(secret);
        assertThat(claims.toString()).as("everything the pass says").doesNotContain(secret);
    }

    @When("someone signs a copy of the entry pass of {string} with a key of their own, naming the published key")
    public void signedWithAnotherKey(String person) {
        forged = PassForgery.signedWithAKeyOfTheirOwn(passOf(person));
    }

    /** The signature stays the one the waiting room made; only what the pass says is changed. */
    @When("someone changes the entry pass of {string} so that it {passChange}")
    public void changed(String person, String change) {
        forged = PassForgery.changed(passOf(person), change, world().eventId());
    }

    /** The shop checking the pass is the shop of the event the pass claims to be for. */
    @Then("the ticket shop refuses that pass, because its signature does not verify")
    public void refusedForItsSignature() throws ParseException {
        String pass = forged();
        String claimedEvent = SignedJWT.parse(pass).getJWTClaimsSet().getAudience().getFirst();
        Throwable refusal = catchThrowable(() -> shop(claimedEvent, DefaultJWTClaimsVerifier.DEFAULT_MAX_CLOCK_SKEW_SECONDS)
                .process(pass, null));
        assertThat(refusal).as("the shop's answer to the forged pass").isInstanceOf(BadJWSException.class)
                .hasMessageContaining("Invalid signature");
    }

    @Then("the ticket shop, allowing no difference between clocks, refuses the entry pass of {string} because it has expired")
    public void refusedAsExpired(String person) {
        Throwable refusal = catchThrowable(() -> shop(world().eventId(), 0).process(passOf(person), null));
        assertThat(refusal).as("the shop's answer to the pass of %s", person).isInstanceOf(BadJWTException.class)
                .hasMessageContaining("Expired");
    }

    private static DefaultJWTProcessor<SecurityContext> shop(String eventId, int clockSkewSeconds) throws ParseException {
        Reply published = world().client().entryPassKeys();
        assertThat(published.status()).as("the published keys: %s", published).isEqualTo(200);
        DefaultJWTProcessor<SecurityContext> shop = new DefaultJWTProcessor<>();
        shop.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        shop.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(JWKSet.parse(published.text()))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(eventId,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "iat", "exp", "jti"));
        claims.setMaxClockSkew(clockSkewSeconds);
        shop.setJWTClaimsSetVerifier(claims);
        return shop;
    }

    private static String passOf(String person) {
        return world().entryPassOf(person);
    }

    private JWTClaimsSet accepted() {
        assertThat(accepted).as("a pass the shop accepted").isNotNull();
        return accepted;
    }

    private String forged() {
        assertThat(forged).as("a forged pass").isNotNull();
        return forged;
    }
}
