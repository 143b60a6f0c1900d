package dev.waitingroom.application.port.in;

/**
 * One round of hold expiry over every event: what each gateway instance runs a couple of times a second,
 * so that a hold nobody asks about still gives its seats back. Rounds on many instances at once are safe.
 */
public interface ReleaseExpiredHoldsUseCase {

    ExpiryRound release();
}
