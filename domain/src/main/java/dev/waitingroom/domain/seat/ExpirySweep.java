package dev.waitingroom.domain.seat;

/**
 * What one bounded pass of hold expiry did.
 *
 * @param expired holds this pass made EXPIRED (each one by exactly one pass, whoever runs them)
 * @param more    whether holds that ran out are still left for another pass
 */
public record ExpirySweep(int expired, boolean more) {
}
