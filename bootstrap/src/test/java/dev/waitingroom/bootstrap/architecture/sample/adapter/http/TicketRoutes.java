package dev.waitingroom.bootstrap.architecture.sample.adapter.http;

import dev.waitingroom.bootstrap.architecture.sample.application.SellTickets;

/** Deliberate violation: an adapter imports Spring. */
public record TicketRoutes(SellTickets sellTickets, org.springframework.context.annotation.Bean bean) {
}
