package dev.waitingroom.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogCursorTest {

    @Test
    void aCursorIsTheFormOfAStreamId() {
        assertThat(LogCursor.parse("1764201600000-0")).contains(new LogCursor(1_764_201_600_000L, 0));
        assertThat(LogCursor.parse("0-0")).contains(new LogCursor(0, 0));
        assertThat(LogCursor.parse("1-42")).contains(new LogCursor(1, 42));
        assertThat(new LogCursor(1_764_201_600_000L, 7)).hasToString("1764201600000-7");
        assertThat(LogCursor.parse(new LogCursor(Long.MAX_VALUE, Long.MAX_VALUE).toString()))
                .contains(new LogCursor(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : new String[] {null, "", "1", "1-", "-1", "1-2-3", "a-b", "1 -2", " 1-2", "+1-2", "1-+2", "1_2",
                "-1-2", "1.5-2", "12345678901234567890-0", "9999999999999999999-0", "0-9223372036854775808"}) {
            assertThat(LogCursor.parse(text)).as("'%s'", text).isEmpty();
        }
    }

    @Test
    void aCursorIsTwoNonNegativeNumbers() {
        assertThatThrownBy(() -> new LogCursor(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogCursor(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cursorsAreOrderedByTimeThenSequenceAsNumbersNotText() {
        List<LogCursor> sorted = new ArrayList<>(List.of(
                new LogCursor(10, 0), new LogCursor(9, 10), new LogCursor(9, 9), new LogCursor(100, 0), new LogCursor(9, 0)));
        sorted.sort(null);
        assertThat(sorted).extracting(LogCursor::toString).containsExactly("9-0", "9-9", "9-10", "10-0", "100-0");
        assertThat(new LogCursor(5, 5).compareTo(new LogCursor(5, 5))).isZero();
    }
}
