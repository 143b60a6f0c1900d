package dev.waitingroom.domain.admission;

/**
 * What one admission step did for one event.
 *
 * @param admitted      moved from the head of the queue into an open window
 * @param dropped       removed from the queue for silence
 * @param closedWindows admission windows that ended
 * @param waiting       still waiting after the step
 * @param active        windows open after the step
 * @param cutShort      a batch limit stopped the step: more work is due at once
 */
public record AdmissionStep(long admitted, long dropped, long closedWindows, long waiting, long active, boolean cutShort) {

    /** Nobody waits and no window is open: the event needs no stepping until someone joins. */
    public boolean idle() {
        return waiting == 0 && active == 0 && !cutShort;
    }
}
