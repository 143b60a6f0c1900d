package dev.waitingroom.application.port.in;

/**
 * What one round of admission did, over every event it stepped.
 *
 * @param steps how many admission steps ran
 */
public record AdmissionRound(long admitted, long dropped, long closedWindows, int steps) {
}
