package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.port.FeatureFlags;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;

public final class JoinQueueService implements JoinQueueUseCase {

    private final QueueStore queueStore;
    private final FeatureFlags featureFlags;
    private final SecureRandom random;

    public JoinQueueService(QueueStore queueStore, FeatureFlags featureFlags, SecureRandom random) {
        this.queueStore = queueStore;
        this.featureFlags = featureFlags;
        this.random = random;
    }

    @Override
    public JoinQueueResult join(JoinQueueCommand command) {
        // The token is drawn before the store decides; a duplicate or a refusal simply discards it.
        WaitingToken token = WaitingToken.issue(command.eventId(), random);
        // Whether the entry keeps a log is decided here, once: the store remembers it until the entry ends, so a
        // flag changed meanwhile never leaves a log with a beginning and no end. An anonymous person is the entry.
        String person = command.user().map(UserId::value).orElse(token.ticketId());
        boolean keepLog = featureFlags.isOn(FeatureFlag.STREAMS_QUEUE, person);
        return switch (queueStore.join(token, command.user(), command.idempotencyKey(), keepLog)) {
            case JoinOutcome.Joined joined -> new JoinQueueResult.Joined(token, joined.position());
            case JoinOutcome.Duplicate duplicate -> new JoinQueueResult.Duplicate(duplicate.originalToken());
            case JoinOutcome.IdempotencyConflict conflict -> new JoinQueueResult.IdempotencyConflict();
            case JoinOutcome.UserLimitReached limit -> new JoinQueueResult.UserLimitReached(limit.maxEntriesPerUser());
            case JoinOutcome.EventNotFound missing -> new JoinQueueResult.EventNotFound(command.eventId());
        };
    }
}
