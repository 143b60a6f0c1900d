package dev.waitingroom.application.port.in;

/**
 * What one round of hold expiry did, over every event.
 *
 * @param expired holds this round released (each hold is released by exactly one sweep, whoever runs them)
 * @param sweeps  how many sweeps ran
 */
public record ExpiryRound(long expired, int sweeps) {
}
