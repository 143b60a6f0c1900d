package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitingTokenTest {

    private final SecureRandom random = new SecureRandom();
    private final EventId event = EventId.of("concert-2025");

    @Test
    void aTokenCarriesItsEventAndAHundredAndTwentyEightRandomBits() {
        WaitingToken token = WaitingToken.issue(event, random);
        assertThat(token.value()).startsWith("concert-2025~");
        assertThat(token.ticketId()).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(WaitingToken.parse(token.value())).contains(token);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(WaitingToken.issue(event, random).ticketId())).isTrue();
        }
    }

    @Test
    void textThatCannotBeATokenDoesNotParse() {
        assertThat(WaitingToken.parse(null)).isEmpty();
        assertThat(WaitingToken.parse("")).isEmpty();
        assertThat(WaitingToken.parse("no-separator")).isEmpty();
        assertThat(WaitingToken.parse("~AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(WaitingToken.parse("concert~short")).isEmpty();
        assertThat(WaitingToken.parse("con cert~AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(WaitingToken.parse("concert~AAAAAAAAAAAAAAAAAAAAA!")).isEmpty();
        assertThat(WaitingToken.parse("concert~AAAAAAAAAAAAAAAAAAAAAA")).isPresent();
    }

    @Test
    void theEntryIdNamesTheEntryWithoutRevealingTheTicket() {
        WaitingToken token = WaitingToken.of(EventId.of("show"), "AAAAAAAAAAAAAAAAAAAAAA");
        WaitingToken other = WaitingToken.of(EventId.of("show"), "AAAAAAAAAAAAAAAAAAAAAB");

        assertThat(token.entryId()).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(token.entryId()).isEqualTo(WaitingToken.of(EventId.of("show"), "AAAAAAAAAAAAAAAAAAAAAA").entryId());
        assertThat(token.entryId()).isNotEqualTo(other.entryId()).isNotEqualTo(token.ticketId());
    }
}
