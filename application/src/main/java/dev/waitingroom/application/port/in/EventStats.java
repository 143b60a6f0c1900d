package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueueStats;

public sealed interface EventStats {

    record Found(QueueStats queue, AdmissionStats admission) implements EventStats {
    }

    record EventNotFound(EventId eventId) implements EventStats {
    }
}
