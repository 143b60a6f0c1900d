package dev.waitingroom.bootstrap.architecture.sample.adapter.inmemory;

import dev.waitingroom.bootstrap.architecture.sample.domain.port.TicketStore;
import dev.waitingroom.bootstrap.architecture.sample.domain.queue.Ticket;

public final class InMemoryTicketStore implements TicketStore {

    @Override
    public void save(Ticket ticket) {
    }
}
