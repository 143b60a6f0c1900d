package dev.waitingroom.bootstrap.architecture.sample.adapter.redis;

import dev.waitingroom.bootstrap.architecture.sample.adapter.inmemory.InMemoryTicketStore;
import dev.waitingroom.bootstrap.architecture.sample.domain.port.TicketStore;
import dev.waitingroom.bootstrap.architecture.sample.domain.queue.Ticket;

/** Deliberate violation: one adapter leans on another. */
public final class RedisTicketStore implements TicketStore {

    private final InMemoryTicketStore fallback = new InMemoryTicketStore();

    @Override
    public void save(Ticket ticket) {
        fallback.save(ticket);
    }
}
