package dev.waitingroom.domain.admission;

import java.util.OptionalDouble;

/**
 * Counters of one event's admission.
 *
 * @param active       admission windows open now
 * @param measuredRate see {@link MeasuredRate}; empty when nobody was admitted in the last minute
 */
public record AdmissionStats(long admittedTotal, long droppedTotal, long active, OptionalDouble measuredRate) {
}
