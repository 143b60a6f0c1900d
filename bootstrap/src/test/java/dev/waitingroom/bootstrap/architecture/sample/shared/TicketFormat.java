package dev.waitingroom.bootstrap.architecture.sample.shared;

/** Deliberate violation: a package that belongs to no ring of the hexagon. */
public final class TicketFormat {

    private TicketFormat() {
    }
}
