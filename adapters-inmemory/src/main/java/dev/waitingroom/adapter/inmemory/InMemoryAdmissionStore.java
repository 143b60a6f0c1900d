package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.Optional;
import java.util.OptionalDouble;

/** Admission over the queues of {@link InMemoryQueueStore}, with the same semantics as the Redis scripts. */
public final class InMemoryAdmissionStore implements AdmissionStore {

    /** Entries one step closes, drops or admits at most, as on Redis. */
    public static final int DEFAULT_BATCH = 250;

    private final InMemoryEventCatalogue catalogue;
    private final InMemoryQueueStore queues;
    private final int batch;

    public InMemoryAdmissionStore(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues) {
        this(catalogue, queues, DEFAULT_BATCH);
    }

    public InMemoryAdmissionStore(InMemoryEventCatalogue catalogue, InMemoryQueueStore queues, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("a step must do at least one entry");
        }
        this.catalogue = catalogue;
        this.queues = queues;
        this.batch = batch;
    }

    @Override
    public Optional<AdmissionStep> step(EventId eventId) {
        Optional<EventSettings> event = catalogue.find(eventId);
        return event.map(settings -> queues.queueOf(eventId).step(settings.admissionPolicy(), batch));
    }

    @Override
    public EnterOutcome enter(WaitingToken token) {
        return queues.existingQueue(token.eventId())
                .map(queue -> queue.enter(token.ticketId()))
                .orElseGet(EnterOutcome.Unknown::new);
    }

    @Override
    public Optional<String> keepPass(WaitingToken token, String pass) {
        return queues.existingQueue(token.eventId()).flatMap(queue -> queue.keepPass(token.ticketId(), pass));
    }

    @Override
    public Optional<AdmissionStats> admissionStats(EventId eventId) {
        if (catalogue.find(eventId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(queues.existingQueue(eventId)
                .map(EventQueue::admissionStats)
                .orElseGet(() -> new AdmissionStats(0, 0, 0, OptionalDouble.empty())));
    }
}
