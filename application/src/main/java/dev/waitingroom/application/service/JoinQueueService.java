package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.JoinOutcome;
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
    public JoinQueueResult join(JoinQueueCommand command) {
        // The token is drawn before the store decides; a duplicate or a refusal simply discards it.
        WaitingToken token = WaitingToken.issue(command.eventId(), random);
        return switch (queueStore.join(token, command.user(), command.idempotencyKey())) {
            case JoinOutcome.Joined joined -> new JoinQueueResult.Joined(token, joined.position());
            case JoinOutcome.Duplicate duplicate -> new JoinQueueResult.Duplicate(duplicate.originalToken());
            case JoinOutcome.IdempotencyConflict conflict -> new JoinQueueResult.IdempotencyConflict();
            case JoinOutcome.UserLimitReached limit -> new JoinQueueResult.UserLimitReached(limit.maxEntriesPerUser());
            case JoinOutcome.EventNotFound missing -> new JoinQueueResult.EventNotFound(command.eventId());
        };
    }
}
