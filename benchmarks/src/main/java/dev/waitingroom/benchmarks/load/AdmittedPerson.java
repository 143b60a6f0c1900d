package dev.waitingroom.benchmarks.load;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.List;

/**
 * One person of a hold phase: joined (entry {@code n} of {@link PipelinedJoins}), admitted, and then, through
 * the gateway, entering for a reservation token, holding seats and confirming them. Each pass of the phase
 * is one {@link PersonTraffic.Exchange} per person; what an answer gave is kept here for the next pass.
 */
final class AdmittedPerson {

    static final int ENTERED = 200;
    static final int HELD = 201;
    static final int CONFIRMED = 200;
    private static final int CONFLICT = 409;

    private final String eventId;
    private final WaitingToken waitingToken;
    private final SeatPicks.Pick pick;
    private String reservationToken;
    private String reservationId;
    private List<String> heldSeats = List.of();
    private boolean confirmed;

    AdmittedPerson(String eventId, long n, SeatPicks.Pick pick) {
        this.eventId = eventId;
        this.waitingToken = WaitingToken.of(EventId.of(eventId), UniqueIds.of(n));
        this.pick = pick;
    }

    /** The holder the seat ledger knows this person by: the {@code sub} of the entry pass. */
    String entryId() {
        return waitingToken.entryId();
    }

    SeatPicks.Pick pick() {
        return pick;
    }

    boolean entered() {
        return reservationToken != null;
    }

    boolean holds() {
        return reservationId != null;
    }

    List<String> heldSeats() {
        return heldSeats;
    }

    boolean confirmed() {
        return confirmed;
    }

    /** Enter with the waiting token; a 200 gives the reservation token. */
    PersonTraffic.Exchange enter(SeatRequests requests) {
        return new PersonTraffic.Exchange() {
            @Override
            public byte[] request() {
                return requests.enter(waitingToken.value());
            }

            @Override
            public boolean answered(int status, String body) {
                if (status == ENTERED) {
                    reservationToken = JsonStrings.of(body, "reservation_token").orElse(null);
                }
                return false;
            }
        };
    }

    /**
     * Hold the picked seats; a contended person first asks for hot seats and, when any is taken (409
     * SEAT_UNAVAILABLE), asks again for their own.
     */
    PersonTraffic.Exchange hold(SeatRequests requests) {
        return new PersonTraffic.Exchange() {
            private List<String> asked = pick.contended() ? pick.hot() : pick.own();

            @Override
            public byte[] request() {
                return requests.hold(reservationToken, eventId, asked);
            }

            @Override
            public boolean answered(int status, String body) {
                if (status == HELD) {
                    reservationId = JsonStrings.of(body, "reservation_id").orElse(null);
                    heldSeats = asked;
                    return false;
                }
                boolean pickAgain = status == CONFLICT && asked != pick.own()
                        && JsonStrings.of(body, "code").filter("SEAT_UNAVAILABLE"::equals).isPresent();
                asked = pick.own();
                return pickAgain;
            }
        };
    }

    /** Confirm the reservation the hold made; a 200 means the seats are sold. */
    PersonTraffic.Exchange confirm(SeatRequests requests) {
        return new PersonTraffic.Exchange() {
            @Override
            public byte[] request() {
                return requests.confirm(reservationToken, reservationId);
            }

            @Override
            public boolean answered(int status, String body) {
                confirmed = status == CONFIRMED;
                return false;
            }
        };
    }
}
