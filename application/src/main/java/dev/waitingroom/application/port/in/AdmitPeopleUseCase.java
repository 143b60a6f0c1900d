package dev.waitingroom.application.port.in;

/**
 * One round of admission over every event: what each gateway instance runs a few times a second.
 * Rounds on many instances at once are safe; the store makes each step exactly once.
 */
public interface AdmitPeopleUseCase {

    AdmissionRound admit();
}
