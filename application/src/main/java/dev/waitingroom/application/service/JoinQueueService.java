package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.JoinRequest;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;

public final class JoinQueueService implements JoinQueueUseCase {

    private final QueueStore queueStore;
    private final SecureRandom random;

    public JoinQueueService(QueueStore queueStore, SecureRandom random) {
        this.queueStore = queueStore;
        this.random = random;
    }

    @Override
    public JoinOutcome join(JoinQueueCommand command) {
        // The token is drawn before the store decides; a duplicate simply discards it.
        WaitingToken token = WaitingToken.issue(command.eventId(), random);
        return queueStore.join(new JoinRequest(command.eventId(), command.userId(), command.idempotencyKey(), token));
    }
}
