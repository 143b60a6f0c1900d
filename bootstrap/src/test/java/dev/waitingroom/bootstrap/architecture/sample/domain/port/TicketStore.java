package dev.waitingroom.bootstrap.architecture.sample.domain.port;

import dev.waitingroom.bootstrap.architecture.sample.domain.queue.Ticket;

public interface TicketStore {

    void save(Ticket ticket);
}
