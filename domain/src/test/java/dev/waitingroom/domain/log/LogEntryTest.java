package dev.waitingroom.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogEntryTest {

    @Test
    void theTypesHaveTheWireNamesOfTheLog() {
        assertThat(Arrays.stream(LogEntryType.values()).map(LogEntryType::wireName)).containsExactly(
                "joined", "admitted", "dropped", "left", "entered", "held", "confirmed", "cancelled", "expired",
                "window_closed");
        for (LogEntryType type : LogEntryType.values()) {
            assertThat(LogEntryType.fromWireName(type.wireName())).contains(type);
        }
        assertThat(LogEntryType.fromWireName("JOINED")).isEmpty();
        assertThat(LogEntryType.fromWireName("closed")).isEmpty();
        assertThat(LogEntryType.fromWireName(null)).isEmpty();
    }

    @Test
    void anEntryKeepsItsOwnCopyOfItsDetails() {
        Map<String, String> details = new HashMap<>(Map.of("position", "3"));
        LogEntry entry = new LogEntry(new LogCursor(1, 0), LogEntryType.JOINED, "ticket", Instant.ofEpochMilli(1), details);
        details.put("position", "4");

        assertThat(entry.details()).containsExactly(Map.entry("position", "3"));
        assertThatThrownBy(() -> entry.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new LogEntry(null, LogEntryType.LEFT, "t", Instant.EPOCH, Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LogEntry(new LogCursor(1, 0), LogEntryType.LEFT, "t", Instant.EPOCH, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPageKeepsItsOwnCopyOfItsEntries() {
        LogEntry entry = new LogEntry(new LogCursor(1, 0), LogEntryType.ENTERED, "ticket", Instant.EPOCH, Map.of());
        List<LogEntry> entries = new java.util.ArrayList<>(List.of(entry));
        LogPage page = new LogPage(entries, Optional.of(entry.id()));
        entries.clear();

        assertThat(page.entries()).containsExactly(entry);
        assertThat(LogPage.EMPTY.entries()).isEmpty();
        assertThat(LogPage.EMPTY.next()).isEmpty();
    }
}
