package dev.waitingroom.bootstrap.architecture.sample.domain.seat;

/** A second domain package, found by the layout as the first one is. */
public record Seat(String id) {
}
