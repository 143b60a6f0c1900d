package dev.waitingroom.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the contract cannot show through the ports: ids when the clock stands still or goes back, the exact trim, the purge. */
class EventLogsTest {

    private static final Person ANN = new Person("user:ann");
    private static final Person BOB = new Person("user:bob");
    private static final Person CID = new Person("ticket:cid");

    private LogPolicy policy = new LogPolicy(10, Duration.ofHours(1));
    private final EventLogs logs = new EventLogs(() -> policy);

    private void append(Person person, long now) {
        logs.append(person, LogEntryType.ENTERED, "ticket", now, Map.of());
    }

    private LogPage all(Person person, long now) {
        return logs.page(person, Optional.empty(), new LogLimit(LogLimit.MAX), now);
    }

    @Test
    void idsGoUpLikeStreamIdsWhateverTheClockDoes() {
        append(ANN, 5000);
        append(ANN, 5000);
        append(ANN, 4000); // the clock went back: the id does not
        append(ANN, 6000);
        append(ANN, 6000);

        assertThat(all(ANN, 6000).entries()).extracting(entry -> entry.id().toString())
                .containsExactly("5000-0", "5000-1", "5000-2", "6000-0", "6000-1");
        assertThat(all(ANN, 6000).entries().get(2).at().toEpochMilli()).as("the store's time, as it was").isEqualTo(4000);
    }

    @Test
    void aLogKeepsExactlyItsMaxEntriesTheNewest() {
        for (int i = 0; i < 25; i++) {
            append(ANN, 1000 + i);
        }

        assertThat(all(ANN, 2000).entries()).extracting(LogEntry::id)
                .first().isEqualTo(new LogCursor(1015, 0));
        assertThat(all(ANN, 2000).entries()).hasSize(10);
    }

    @Test
    void logsWhoseTimeIsUpAreRemovedABatchAtATimeEarliestFirst() {
        long hour = Duration.ofHours(1).toMillis();
        append(ANN, 0);
        append(BOB, 10);
        append(CID, 20);
        append(ANN, 30); // ann's log now lasts from here

        logs.forgetExpired(hour + 20, 1);
        assertThat(logs.size()).as("only bob's was due in the first batch").isEqualTo(2);
        logs.forgetExpired(hour + 20, 5);
        assertThat(logs.size()).isEqualTo(1);
        assertThat(all(ANN, hour + 29).entries()).hasSize(2);
        logs.forgetExpired(hour + 30, 5);
        assertThat(logs.size()).isZero();
    }

    @Test
    void aLogPastItsTimeReadsAsAbsentAndIsRemovedWhenRead() {
        append(ANN, 0);

        assertThat(all(ANN, Duration.ofHours(1).toMillis())).isEqualTo(LogPage.EMPTY);
        assertThat(logs.size()).isZero();
    }
}
