package dev.waitingroom.domain.seat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules that decide a hold once its admission window is known to be open, in the order they are
 * applied: within {@code max_seats_per_hold}; only seats the event has; one open hold per admission; and
 * all requested seats available, or none is held. The Redis script applies the same rules in the same order.
 */
public final class HoldRules {

    private HoldRules() {
    }

    /**
     * Why the hold is refused, or empty when it may go ahead.
     *
     * @param stateOf   the state of a seat now (holds that ran out already released), empty for an unknown seat
     * @param openHold  the admission's hold that is still open, if any
     * @param available how many of the event's seats are available now
     */
    public static Optional<HoldOutcome> refusal(SeatSelection selection, SeatPolicy policy,
                                                Function<SeatId, Optional<SeatState>> stateOf,
                                                Optional<ReservationId> openHold, long available) {
        if (!policy.allows(selection)) {
            return Optional.of(new HoldOutcome.TooManySeats(policy.maxSeatsPerHold()));
        }
        List<SeatId> unknown = new ArrayList<>();
        List<SeatId> taken = new ArrayList<>();
        for (SeatId seat : selection.seats()) {
            Optional<SeatState> state = stateOf.apply(seat);
            if (state.isEmpty()) {
                unknown.add(seat);
            } else if (state.get() != SeatState.AVAILABLE) {
                taken.add(seat);
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new HoldOutcome.UnknownSeats(unknown));
        }
        if (openHold.isPresent()) {
            return Optional.of(new HoldOutcome.HoldExists(openHold.get()));
        }
        if (available == 0) {
            return Optional.of(new HoldOutcome.SoldOut());
        }
        if (!taken.isEmpty()) {
            return Optional.of(new HoldOutcome.SeatsUnavailable(taken));
        }
        return Optional.empty();
    }
}
