package dev.waitingroom.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Instant;

/** Getting people through the door, as the contracts of what happens after it need: the seats, the person log. */
final class Admitting {

    private Admitting() {
    }

    /** Steps until nobody waits; with room and rate enough, everyone who joined is then admitted. */
    static void admitEveryone(AdmissionStore admission, EventId event) {
        for (int steps = 0; steps < 10_000; steps++) {
            if (admission.step(event).orElseThrow().waiting() == 0) {
                return;
            }
        }
        throw new AssertionError("the queue of " + event + " never emptied");
    }

    /** The end of an admitted entry's open window; entering is no change. */
    static Instant windowEnd(AdmissionStore admission, WaitingToken token) {
        EnterOutcome outcome = admission.enter(token);
        assertThat(outcome).isInstanceOf(EnterOutcome.Admitted.class);
        return ((EnterOutcome.Admitted) outcome).windowEnd();
    }

    /** Enters with an admitted token and keeps a pass for its window, which makes its entry id a seat holder; returns the window's end. */
    static Instant keepPass(AdmissionStore admission, WaitingToken token) {
        Instant windowEnd = windowEnd(admission, token);
        assertThat(admission.keepPass(token, "pass-" + token.ticketId())).isPresent();
        return windowEnd;
    }
}
