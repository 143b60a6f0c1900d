package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.EventStats;
import dev.waitingroom.application.port.in.EventStatsQuery;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.queue.QueueStats;
import java.util.Optional;

public final class EventStatsService implements EventStatsUseCase {

    private final QueueStore queueStore;
    private final AdmissionStore admissionStore;
    private final SeatLedger seatLedger;

    public EventStatsService(QueueStore queueStore, AdmissionStore admissionStore, SeatLedger seatLedger) {
        this.queueStore = queueStore;
        this.admissionStore = admissionStore;
        this.seatLedger = seatLedger;
    }

    @Override
    public EventStats stats(EventStatsQuery query) {
        Optional<QueueStats> queue = queueStore.stats(query.eventId());
        Optional<AdmissionStats> admission = queue.flatMap(found -> admissionStore.admissionStats(query.eventId()));
        if (queue.isEmpty() || admission.isEmpty()) {
            return new EventStats.EventNotFound(query.eventId());
        }
        return new EventStats.Found(queue.get(), admission.get(), seatLedger.seatCounts(query.eventId()));
    }
}
