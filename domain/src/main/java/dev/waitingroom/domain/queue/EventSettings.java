package dev.waitingroom.domain.queue;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import java.util.Objects;

/** What an operator configured for one event. */
public record EventSettings(EventId eventId, QueuePolicy queuePolicy, AdmissionPolicy admissionPolicy) {

    public EventSettings {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
        Objects.requireNonNull(admissionPolicy, "admissionPolicy");
    }

    /** A new event's settings apart from its queue policy: admission at its defaults, paused. */
    public EventSettings(EventId eventId, QueuePolicy queuePolicy) {
        this(eventId, queuePolicy, AdmissionPolicy.DEFAULT);
    }
}
