package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.queue.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The memory of passes found valid never lets through what a full check would refuse. */
class EntryPassVerifierTest {

    private final MovableClock clock = new MovableClock();
    private final EntryPassVerifier verifier = new EntryPassVerifier(TestServers.SIGNING_KEYS, TestServers.ISSUER, clock);

    private String pass(Instant expires) {
        return new JwtEntryPassIssuer(TestServers.SIGNING_KEYS, TestServers.ISSUER).issue(new EntryPass(EventId.of("concert"),
                "Ro6YCYRQ9SUIiq6PMV6b6w", Optional.empty(), clock.instant(), expires, UUID.randomUUID().toString()));
    }

    private Optional<EntryPassVerifier.VerifiedPass> verify(String pass) {
        return verifier.verify(List.of("Bearer " + pass));
    }

    @Test
    void aPassFoundValidIsValidAgainWithTheSameClaims() {
        String pass = pass(clock.instant().plus(Duration.ofMinutes(10)));

        EntryPassVerifier.VerifiedPass first = verify(pass).orElseThrow();

        assertThat(verify(pass)).contains(first);
        assertThat(first.eventId()).isEqualTo(EventId.of("concert"));
        assertThat(first.holder()).isEqualTo("Ro6YCYRQ9SUIiq6PMV6b6w");
    }

    @Test
    void aRememberedPassIsRefusedFromItsEndOn() {
        Instant end = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // exp is whole seconds
        String pass = pass(end);
        assertThat(verify(pass)).isPresent();

        clock.pass(Duration.between(clock.instant(), end).minusMillis(1));
        assertThat(verify(pass)).as("a millisecond before its end").isPresent();
        clock.pass(Duration.ofMillis(1));
        assertThat(verify(pass)).as("at its end").isEmpty();
    }

    @Test
    void aPassDifferentByOneCharacterFromARememberedOneIsCheckedInFull() {
        String pass = pass(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(verify(pass)).isPresent();

        // inside the signature: its last character carries unused bits, which a decoder may ignore
        int at = pass.length() - 10;
        String damaged = pass.substring(0, at) + (pass.charAt(at) == 'A' ? 'B' : 'A') + pass.substring(at + 1);

        assertThat(verify(damaged)).isEmpty();
        assertThat(verify(pass)).isPresent();
    }
}
