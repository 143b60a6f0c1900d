package dev.waitingroom.bootstrap.architecture.sample.application;

/** Deliberate violation: the application evaluates flags through OpenFeature itself, not through a port. */
public record TicketFlags(dev.openfeature.sdk.Client client) {
}
