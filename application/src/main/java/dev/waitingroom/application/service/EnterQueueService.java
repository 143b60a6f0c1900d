package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.EnterQueueCommand;
import dev.waitingroom.application.port.in.EnterQueueResult;
import dev.waitingroom.application.port.in.EnterQueueUseCase;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EntryPassIssuer;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

public final class EnterQueueService implements EnterQueueUseCase {

    private final AdmissionStore admissionStore;
    private final EntryPassIssuer passIssuer;

    public EnterQueueService(AdmissionStore admissionStore, EntryPassIssuer passIssuer) {
        this.admissionStore = admissionStore;
        this.passIssuer = passIssuer;
    }

    @Override
    public EnterQueueResult enter(EnterQueueCommand command) {
        return switch (admissionStore.enter(command.token())) {
            case EnterOutcome.Admitted admitted -> {
                Optional<String> pass = admitted.pass().or(() -> issueOnce(admitted));
                long ttlSeconds = (Math.max(0, Duration.between(admitted.observedAt(), admitted.windowEnd()).toMillis()) + 999) / 1000;
                yield pass.<EnterQueueResult>map(kept -> new EnterQueueResult.Granted(kept, ttlSeconds))
                        // the window closed between the two calls
                        .orElseGet(EnterQueueResult.TokenExpired::new);
            }
            case EnterOutcome.NotReady notReady -> new EnterQueueResult.NotReady(notReady.position());
            case EnterOutcome.Expired expired -> new EnterQueueResult.TokenExpired();
            case EnterOutcome.Unknown unknown -> new EnterQueueResult.TokenNotFound();
        };
    }

    /**
     * Signs a pass and keeps it with the window. Two first calls at once both sign, and the store keeps the
     * first: both hand out that one, so entering again always gives the same pass.
     */
    private Optional<String> issueOnce(EnterOutcome.Admitted admitted) {
        EntryPass pass = new EntryPass(admitted.token().eventId(), admitted.token().entryId(), admitted.user(),
                admitted.observedAt(), admitted.windowEnd(), UUID.randomUUID().toString());
        return admissionStore.keepPass(admitted.token(), passIssuer.issue(pass));
    }
}
