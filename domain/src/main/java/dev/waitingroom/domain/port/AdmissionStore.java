package dev.waitingroom.domain.port;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;

/**
 * Letting people in. Every method is atomic and all of admission's accounting lives in the store, so any
 * number of gateway instances may call {@link #step} for the same event at the same time: together they
 * admit exactly what one would. Infrastructure failures surface as {@link StoreUnavailableException}.
 */
public interface AdmissionStore {

    /**
     * One admission step, by the store's clock and with the event's settings as they are now: closes the
     * windows that ended, drops entries silent for longer than the event's {@code abandon_after}, then
     * (unless paused) moves as many people from the head of the queue into open windows as the rate and
     * {@code max_active} allow. Each part works in bounded batches, so a step never holds the store long.
     * A dropped entry or an ended window releases its user's place under the per-user limit and its
     * idempotency key, as a leave does, and its token answers "expired" for a while.
     *
     * @return empty when the event does not exist
     */
    Optional<AdmissionStep> step(EventId eventId);

    /** Whether the entry may enter now, with the pass already issued for its window, if any. */
    EnterOutcome enter(WaitingToken token);

    /**
     * Keeps the first pass issued for the entry's open window. From then on the window can also be found
     * by the entry's id ({@link WaitingToken#entryId}, the pass's subject), which is how seat holds find it.
     *
     * @return the pass every caller must hand out (another caller's when it was first), or empty when the
     *         window is no longer open
     */
    Optional<String> keepPass(WaitingToken token, String pass);

    /** The event's admission counters, or empty when the event does not exist. */
    Optional<AdmissionStats> admissionStats(EventId eventId);
}
