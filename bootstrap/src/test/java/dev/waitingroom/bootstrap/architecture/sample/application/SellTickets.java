package dev.waitingroom.bootstrap.architecture.sample.application;

import dev.waitingroom.bootstrap.architecture.sample.bootstrap.SampleWiring;
import dev.waitingroom.bootstrap.architecture.sample.domain.port.TicketStore;

/** Deliberate violation: the application sees the composition root. */
public record SellTickets(TicketStore store, SampleWiring wiring) {
}
