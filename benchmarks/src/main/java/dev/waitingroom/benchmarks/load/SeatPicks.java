package dev.waitingroom.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Which seats each person of a hold phase asks for. Seat {@code i} of an event is {@link #seatId(int) s<i>},
 * five digits. Person {@code p} owns the block of seats {@code 4p .. 4p+3} and asks for the first 1-4 of
 * them, so own picks never collide and every one of them can be held. A share of the people first try
 * seats at random from the hot block at the end of the event's seats instead, which others try too: that
 * share is the contention (their picks are refused once someone else holds or bought a seat of theirs),
 * and each of them then picks again from their own block, as a person would pick other seats.
 * The same seed gives the same picks, so runs ask for the same seats.
 */
final class SeatPicks {

    /** The most seats one person asks for; within the default max_seats_per_hold of 8. */
    static final int MOST_SEATS = 4;
    private static final long SEED = 9;

    /** What one person asks for: their own seats, and first the hot ones when contended (else empty). */
    record Pick(List<String> own, List<String> hot) {
        Pick {
            own = List.copyOf(own);
            hot = List.copyOf(hot);
        }

        boolean contended() {
            return !hot.isEmpty();
        }
    }

    private SeatPicks() {
    }

    /** Whether {@code people} own blocks and the hot block fit in an event of {@code seats} seats. */
    static boolean fits(int people, int hotSeats, int seats) {
        return (long) people * MOST_SEATS + hotSeats <= seats;
    }

    static String seatId(int seat) {
        return String.format(Locale.ROOT, "s%05d", seat);
    }

    /**
     * @param contendedShare the share of people who first try the hot block (0-1)
     * @param hotSeats       the hot block: the last {@code hotSeats} of the event's {@code seats}
     */
    static List<Pick> of(int people, double contendedShare, int hotSeats, int seats) {
        if (!fits(people, hotSeats, seats) || hotSeats < MOST_SEATS) {
            throw new IllegalArgumentException(people + " people's blocks of " + MOST_SEATS + " and " + hotSeats
                    + " hot seats do not fit in " + seats + " seats");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int firstHot = seats - hotSeats;
        List<Pick> picks = new ArrayList<>(people);
        for (int person = 0; person < people; person++) {
            int count = 1 + random.nextInt(MOST_SEATS);
            List<String> own = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                own.add(seatId(person * MOST_SEATS + i));
            }
            List<String> hot = new ArrayList<>(count);
            if (random.nextDouble() < contendedShare) {
                while (hot.size() < count) {
                    String seat = seatId(firstHot + random.nextInt(hotSeats));
                    if (!hot.contains(seat)) {
                        hot.add(seat);
                    }
                }
            }
            picks.add(new Pick(own, hot));
        }
        return picks;
    }
}
