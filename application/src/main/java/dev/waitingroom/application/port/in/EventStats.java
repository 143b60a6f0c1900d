package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.seat.SeatCounts;
import java.util.Optional;

public sealed interface EventStats {

    /** @param seats the seat counters, present once the event has seats */
    record Found(QueueStats queue, AdmissionStats admission, Optional<SeatCounts> seats) implements EventStats {
    }

    record EventNotFound(EventId eventId) implements EventStats {
    }
}
