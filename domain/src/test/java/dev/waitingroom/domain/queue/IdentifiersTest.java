package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void identifiersUseTheSharedAlphabetAndLengths() {
        assertThat(EventId.parse("concert-2025")).map(EventId::value).contains("concert-2025");
        assertThat(EventId.parse("a.b_c:d-E9")).isPresent();
        assertThat(EventId.parse("x".repeat(64))).isPresent();
        assertThat(EventId.parse("x".repeat(65))).isEmpty();
        assertThat(EventId.parse("")).isEmpty();
        assertThat(EventId.parse(null)).isEmpty();
        assertThat(EventId.parse("with space")).isEmpty();
        assertThat(EventId.parse("{tag}")).isEmpty();
        assertThat(EventId.parse("ü")).isEmpty();
        assertThat(UserId.parse("user123")).isPresent();
        assertThat(UserId.parse("u/1")).isEmpty();
        assertThatThrownBy(() -> EventId.of("bad id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(EventId.RULE);
    }

    @Test
    void idempotencyKeysNeedNotBeUuids() {
        assertThat(IdempotencyKey.parse("550e8400-e29b-41d4-a716-446655440000")).isPresent();
        assertThat(IdempotencyKey.parse("load-script:42")).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(128))).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(129))).isEmpty();
        assertThat(IdempotencyKey.parse("not valid!")).isEmpty();
    }

    @Test
    void identifiersAreEqualByValue() {
        assertThat(EventId.parse("e1")).contains(EventId.of("e1"));
        assertThat(UserId.of("u1")).isEqualTo(UserId.of("u1")).hasSameHashCodeAs(UserId.of("u1")).isNotEqualTo(UserId.of("u2"));
        assertThat(IdempotencyKey.of("k1")).isEqualTo(IdempotencyKey.of("k1")).isNotEqualTo(IdempotencyKey.of("k2"));
        assertThat(EventId.of("e1")).isNotEqualTo(UserId.of("e1"));
    }

    @Test
    void everyCharacterIsJudgedAsTheDocumentedAlphabetJudgesIt() {
        Pattern documented = Pattern.compile("[A-Za-z0-9._:-]");
        for (char c = 0; c < 0x300; c++) {
            String one = String.valueOf(c);
            assertThat(EventId.parse(one).isPresent()).as("U+%04X", (int) c).isEqualTo(documented.matcher(one).matches());
            assertThat(EventId.parse("ok" + one + "ok").isPresent()).as("U+%04X inside", (int) c)
                    .isEqualTo(documented.matcher(one).matches());
        }
    }
}
