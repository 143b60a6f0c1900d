package dev.waitingroom.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.PersonLogContract;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The person log contract on the in-memory store, plus what only a moved clock shows cheaply: a forgotten
 * log starts again from nothing, and a token's history ends with the entry's expired mark.
 */
class InMemoryPersonLogTest extends PersonLogContract {

    private static final Duration EXPIRED_MEMORY = Duration.ofHours(2);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T18:00:00Z"));
    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, clock, Duration.ofHours(24), EXPIRED_MEMORY);
    private final InMemoryAdmissionStore admission = new InMemoryAdmissionStore(catalogue, queues);
    private final InMemorySeatLedger ledger = new InMemorySeatLedger(catalogue, queues);
    private final InMemoryPersonLog log = new InMemoryPersonLog(queues);

    @Override
    protected QueueStore queueStore() {
        return queues;
    }

    @Override
    protected AdmissionStore admissionStore() {
        return admission;
    }

    @Override
    protected EventCatalogue eventCatalogue() {
        return catalogue;
    }

    @Override
    protected SeatLedger seatLedger() {
        return ledger;
    }

    @Override
    protected PersonLog personLog() {
        return log;
    }

    @Override
    protected void letStoreTimePass(Duration time) {
        clock.advance(time);
    }

    @Override
    protected long storeMillis() {
        return clock.millis();
    }

    @Override
    protected void assertLogForgottenAt(EventId event, UserId user, Instant end) {
        clock.advance(Duration.ofMillis(end.toEpochMilli() - 1 - clock.millis()));
        assertThat(logOf(event, user)).as("a millisecond before its end").isNotEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(logOf(event, user)).as("at its end").isEmpty();
    }

    @Test
    void aForgottenLogStartsAgainFromNothing() {
        EventId event = event(new LogPolicy(100, Duration.ofHours(1)));
        UserId user = newUser();
        assertThat(queues.leave(join(event, user))).isTrue();
        clock.advance(Duration.ofHours(1));

        WaitingToken again = join(event, user);

        assertThat(changes(logOf(event, user))).containsExactly(change(LogEntryType.JOINED, again, "position", "1"));
    }

    @Test
    void aChangedLogPolicyAppliesFromTheNextChange() {
        EventId event = event(new LogPolicy(100, Duration.ofHours(1)));
        UserId user = newUser();
        WaitingToken token = join(event, user);
        catalogue.save(new EventSettings(event, catalogue.find(event).orElseThrow().queuePolicy(),
                OPEN, SeatPolicy.DEFAULT, new LogPolicy(100, Duration.ofHours(5))));
        assertThat(queues.leave(token)).isTrue();

        clock.advance(Duration.ofHours(5).minusMillis(1));
        assertThat(logOf(event, user)).hasSize(2);
        clock.advance(Duration.ofMillis(1));
        assertThat(logOf(event, user)).isEmpty();
    }

    @Test
    void anExpiredEntrysHistoryLastsAsLongAsItsExpiredMark() {
        EventId event = event(new LogPolicy(100, Duration.ofDays(1)));
        UserId user = newUser();
        WaitingToken token = join(event, user);
        admitEveryone(event);
        clock.advance(Duration.ofSeconds(600)); // OPEN's window
        admission.step(event);
        List<LogEntry> entries = logOf(event, user);
        assertThat(entries).extracting(LogEntry::type)
                .containsExactly(LogEntryType.JOINED, LogEntryType.ADMITTED, LogEntryType.WINDOW_CLOSED);

        clock.advance(EXPIRED_MEMORY.minusMillis(1));
        assertThat(log.ofToken(token, Optional.empty(), new LogLimit(10)))
                .contains(new LogPage(entries, Optional.empty()));
        clock.advance(Duration.ofMillis(1));
        admission.step(event);
        assertThat(log.ofToken(token, Optional.empty(), new LogLimit(10))).as("forgotten").isEmpty();
        assertThat(logOf(event, user)).as("the log itself lasts its own time").isEqualTo(entries);
    }
}
