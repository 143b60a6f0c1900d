package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ExpiryRound;
import dev.waitingroom.application.port.in.ReleaseExpiredHoldsUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.ExpirySweep;

/**
 * Sweeps every event of the store's registry of events ({@link EventCatalogue#events()}, never a scan).
 * A sweep that left ran-out holds behind (its batch was full) runs again at once, a bounded number of
 * times, so that one event with a flood of ended holds does not starve the others.
 */
public final class ReleaseExpiredHoldsService implements ReleaseExpiredHoldsUseCase {

    /** Sweeps of one event in one round at most. */
    static final int MAX_SWEEPS_PER_EVENT = 20;

    private final EventCatalogue eventCatalogue;
    private final SeatLedger seatLedger;

    public ReleaseExpiredHoldsService(EventCatalogue eventCatalogue, SeatLedger seatLedger) {
        this.eventCatalogue = eventCatalogue;
        this.seatLedger = seatLedger;
    }

    /**
     * @throws StoreUnavailableException at once when the store fails (every other event would fail alike);
     *                                   any other failure of one event's sweep is thrown after the others ran
     */
    @Override
    public ExpiryRound release() {
        long expired = 0;
        int sweeps = 0;
        RuntimeException firstFailure = null;
        for (EventId event : eventCatalogue.events()) {
            try {
                for (int i = 0; i < MAX_SWEEPS_PER_EVENT; i++) {
                    ExpirySweep sweep = seatLedger.expireHolds(event);
                    sweeps++;
                    expired += sweep.expired();
                    if (!sweep.more()) {
                        break;
                    }
                }
            } catch (StoreUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return new ExpiryRound(expired, sweeps);
    }
}
