package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.EventSettings;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.JoinRequest;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.WaitingEntry;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/** A store whose backend is down: every call fails the way a timed-out Redis call does. */
final class UnavailableStore implements QueueStore, EventCatalogue {

    private static StoreUnavailableException down() {
        return new StoreUnavailableException("connection refused (test)", null);
    }

    @Override
    public JoinOutcome join(JoinRequest request) {
        throw down();
    }

    @Override
    public Optional<WaitingEntry> find(WaitingToken token) {
        throw down();
    }

    @Override
    public boolean leave(WaitingToken token) {
        throw down();
    }

    @Override
    public Optional<QueueStats> stats(EventId eventId) {
        throw down();
    }

    @Override
    public boolean isReachable() {
        return false;
    }

    @Override
    public EventSettings save(EventSettings settings) {
        throw down();
    }

    @Override
    public Optional<EventSettings> find(EventId eventId) {
        throw down();
    }
}
