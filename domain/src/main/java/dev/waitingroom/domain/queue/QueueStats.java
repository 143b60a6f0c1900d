package dev.waitingroom.domain.queue;

/** Counters of one event's queue. */
public record QueueStats(long waiting, long joinedTotal, long leftTotal) {
}
