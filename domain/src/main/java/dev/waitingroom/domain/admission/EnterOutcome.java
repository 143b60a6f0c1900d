package dev.waitingroom.domain.admission;

import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Instant;
import java.util.Optional;

/** What the store knows when someone asks to enter. */
public sealed interface EnterOutcome {

    /**
     * The window is open.
     *
     * @param pass the entry pass already issued for this window, if any: entering again gives the same one
     */
    record Admitted(WaitingToken token, Optional<UserId> user, Instant windowEnd, Instant observedAt,
                    Optional<String> pass) implements EnterOutcome {
    }

    /** Still in the queue, at this position. */
    record NotReady(long position) implements EnterOutcome {
    }

    record Expired() implements EnterOutcome {
    }

    record Unknown() implements EnterOutcome {
    }
}
