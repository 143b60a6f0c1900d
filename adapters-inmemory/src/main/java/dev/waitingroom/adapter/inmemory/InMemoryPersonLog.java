package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/**
 * Reads the person logs of {@link InMemoryQueueStore}'s events. The logs live with each event's queue and are
 * written there, under the event's lock, by every change (the queue, admission and seat ledger of the same
 * store); this only reads them, under that lock too.
 */
public final class InMemoryPersonLog implements PersonLog {

    private final InMemoryQueueStore queues;

    public InMemoryPersonLog(InMemoryQueueStore queues) {
        this.queues = queues;
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        return queues.existingQueue(eventId)
                .map(queue -> queue.logOf(Person.user(user), after, limit))
                .orElse(LogPage.EMPTY);
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        return queues.existingQueue(token.eventId()).flatMap(queue -> queue.historyOf(token.ticketId(), after, limit));
    }
}
