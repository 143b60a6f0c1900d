package dev.waitingroom.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void identifiersUseTheSharedAlphabetAndLengths() {
        assertThat(EventId.isValid("concert-2025")).isTrue();
        assertThat(EventId.isValid("a.b_c:d-E9")).isTrue();
        assertThat(EventId.isValid("x".repeat(64))).isTrue();
        assertThat(EventId.isValid("x".repeat(65))).isFalse();
        assertThat(EventId.isValid("")).isFalse();
        assertThat(EventId.isValid(null)).isFalse();
        assertThat(EventId.isValid("with space")).isFalse();
        assertThat(EventId.isValid("{tag}")).isFalse();
        assertThat(EventId.isValid("ü")).isFalse();
        assertThat(UserId.isValid("user123")).isTrue();
        assertThat(UserId.isValid("u/1")).isFalse();
        assertThatThrownBy(() -> new EventId("bad id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idempotencyKeysNeedNotBeUuids() {
        assertThat(IdempotencyKey.isValid("550e8400-e29b-41d4-a716-446655440000")).isTrue();
        assertThat(IdempotencyKey.isValid("load-script:42")).isTrue();
        assertThat(IdempotencyKey.isValid("k".repeat(128))).isTrue();
        assertThat(IdempotencyKey.isValid("k".repeat(129))).isFalse();
        assertThat(IdempotencyKey.isValid("not valid!")).isFalse();
    }

    @Test
    void everyCharacterIsJudgedAsTheDocumentedAlphabetJudgesIt() {
        Pattern documented = Pattern.compile("[A-Za-z0-9._:-]");
        for (char c = 0; c < 0x300; c++) {
            String one = String.valueOf(c);
            assertThat(EventId.isValid(one)).as("U+%04X", (int) c).isEqualTo(documented.matcher(one).matches());
            assertThat(EventId.isValid("ok" + one + "ok")).as("U+%04X inside", (int) c)
                    .isEqualTo(documented.matcher(one).matches());
        }
    }
}
