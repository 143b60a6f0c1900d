package dev.waitingroom.domain.event;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.util.Objects;

/**
 * What an operator configured for one event. It lives above the capabilities' packages because it
 * gathers the policy of each of them.
 */
public record EventSettings(EventId eventId, QueuePolicy queuePolicy, AdmissionPolicy admissionPolicy,
                            SeatPolicy seatPolicy, LogPolicy logPolicy, EventDisplay display) {

    public EventSettings {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(queuePolicy, "queuePolicy");
        Objects.requireNonNull(admissionPolicy, "admissionPolicy");
        Objects.requireNonNull(seatPolicy, "seatPolicy");
        Objects.requireNonNull(logPolicy, "logPolicy");
        Objects.requireNonNull(display, "display");
    }

    /** Nothing shown on the page but the event id. */
    public EventSettings(EventId eventId, QueuePolicy queuePolicy, AdmissionPolicy admissionPolicy, SeatPolicy seatPolicy,
                         LogPolicy logPolicy) {
        this(eventId, queuePolicy, admissionPolicy, seatPolicy, logPolicy, EventDisplay.NONE);
    }

    /** The person logs at their defaults. */
    public EventSettings(EventId eventId, QueuePolicy queuePolicy, AdmissionPolicy admissionPolicy, SeatPolicy seatPolicy) {
        this(eventId, queuePolicy, admissionPolicy, seatPolicy, LogPolicy.DEFAULT);
    }

    /** Seat holds at their defaults. */
    public EventSettings(EventId eventId, QueuePolicy queuePolicy, AdmissionPolicy admissionPolicy) {
        this(eventId, queuePolicy, admissionPolicy, SeatPolicy.DEFAULT);
    }

    /** A new event's settings apart from its queue policy: admission at its defaults, paused. */
    public EventSettings(EventId eventId, QueuePolicy queuePolicy) {
        this(eventId, queuePolicy, AdmissionPolicy.DEFAULT);
    }
}
