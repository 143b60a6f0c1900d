package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.log.LogPage;

public sealed interface ReadTokenHistoryResult {

    /** The page; empty when the entry's log is off and its person has no other history. */
    record Found(LogPage page) implements ReadTokenHistoryResult {
    }

    /** The store does not know the token: never joined, left, or forgotten. */
    record TokenNotFound() implements ReadTokenHistoryResult {
    }
}
