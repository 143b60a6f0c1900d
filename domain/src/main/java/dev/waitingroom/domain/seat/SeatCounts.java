package dev.waitingroom.domain.seat;

/** How many of an event's seats are in each state. */
public record SeatCounts(long available, long held, long sold) {

    public static final SeatCounts NONE = new SeatCounts(0, 0, 0);

    public SeatCounts {
        if (available < 0 || held < 0 || sold < 0) {
            throw new IllegalArgumentException("a seat count cannot be negative");
        }
    }

    public long total() {
        return available + held + sold;
    }
}
