package dev.waitingroom.domain.seat;

/** Where one seat stands: free to hold, held by a reservation until it ends, or sold for good. */
public enum SeatState {
    AVAILABLE,
    HELD,
    SOLD
}
