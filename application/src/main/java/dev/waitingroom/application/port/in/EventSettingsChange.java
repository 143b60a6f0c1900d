package dev.waitingroom.application.port.in;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.event.EventDisplay;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.seat.SeatChange;
import dev.waitingroom.domain.seat.SeatPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The settings an operator mentioned in one update; every empty one keeps its current value.
 * Applying it validates the result whole, so a change is applied completely or not at all.
 *
 * @param seats       seats to add and to remove; {@link SeatChange#NONE} leaves the event's seats as they are
 * @param displayName the page's name of the event; "" clears it
 * @param message     the page's message; "" clears it
 */
public record EventSettingsChange(
        OptionalInt maxEntriesPerUser,
        OptionalDouble admissionRatePerSecond,
        OptionalInt maxActive,
        Optional<Duration> entryTtl,
        Optional<Duration> abandonAfter,
        Optional<Boolean> paused,
        Optional<Duration> holdTtl,
        OptionalInt maxSeatsPerHold,
        SeatChange seats,
        OptionalInt logMaxEntries,
        Optional<Duration> logTtl,
        Optional<String> displayName,
        Optional<String> message) {

    public static final EventSettingsChange NONE = new EventSettingsChange(OptionalInt.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
            SeatChange.NONE);

    public EventSettingsChange {
        Objects.requireNonNull(maxEntriesPerUser, "maxEntriesPerUser");
        Objects.requireNonNull(admissionRatePerSecond, "admissionRatePerSecond");
        Objects.requireNonNull(maxActive, "maxActive");
        Objects.requireNonNull(entryTtl, "entryTtl");
        Objects.requireNonNull(abandonAfter, "abandonAfter");
        Objects.requireNonNull(paused, "paused");
        Objects.requireNonNull(holdTtl, "holdTtl");
        Objects.requireNonNull(maxSeatsPerHold, "maxSeatsPerHold");
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(logMaxEntries, "logMaxEntries");
        Objects.requireNonNull(logTtl, "logTtl");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(message, "message");
    }

    /** A change that leaves the page's texts as they are. */
    public EventSettingsChange(OptionalInt maxEntriesPerUser, OptionalDouble admissionRatePerSecond, OptionalInt maxActive,
                               Optional<Duration> entryTtl, Optional<Duration> abandonAfter, Optional<Boolean> paused,
                               Optional<Duration> holdTtl, OptionalInt maxSeatsPerHold, SeatChange seats,
                               OptionalInt logMaxEntries, Optional<Duration> logTtl) {
        this(maxEntriesPerUser, admissionRatePerSecond, maxActive, entryTtl, abandonAfter, paused, holdTtl, maxSeatsPerHold,
                seats, logMaxEntries, logTtl, Optional.empty(), Optional.empty());
    }

    /** A change that leaves the person logs' bounds as they are. */
    public EventSettingsChange(OptionalInt maxEntriesPerUser, OptionalDouble admissionRatePerSecond, OptionalInt maxActive,
                               Optional<Duration> entryTtl, Optional<Duration> abandonAfter, Optional<Boolean> paused,
                               Optional<Duration> holdTtl, OptionalInt maxSeatsPerHold, SeatChange seats) {
        this(maxEntriesPerUser, admissionRatePerSecond, maxActive, entryTtl, abandonAfter, paused, holdTtl, maxSeatsPerHold,
                seats, OptionalInt.empty(), Optional.empty());
    }

    /** A change of the queue and admission settings only: seat holds and seats as they are. */
    public EventSettingsChange(OptionalInt maxEntriesPerUser, OptionalDouble admissionRatePerSecond, OptionalInt maxActive,
                               Optional<Duration> entryTtl, Optional<Duration> abandonAfter, Optional<Boolean> paused) {
        this(maxEntriesPerUser, admissionRatePerSecond, maxActive, entryTtl, abandonAfter, paused, Optional.empty(),
                OptionalInt.empty(), SeatChange.NONE);
    }

    /**
     * The settings after the change. The seats are not settings: the seat ledger keeps them.
     *
     * @throws IllegalArgumentException when a value is out of its range (the reader checks first, so this is a bug)
     */
    public EventSettings applyTo(EventSettings current) {
        AdmissionPolicy admission = current.admissionPolicy();
        SeatPolicy seatPolicy = current.seatPolicy();
        LogPolicy logPolicy = current.logPolicy();
        EventDisplay display = current.display();
        return new EventSettings(current.eventId(),
                new QueuePolicy(maxEntriesPerUser.orElse(current.queuePolicy().maxEntriesPerUser())),
                new AdmissionPolicy(
                        admissionRatePerSecond.orElse(admission.ratePerSecond()),
                        maxActive.orElse(admission.maxActive()),
                        entryTtl.orElse(admission.entryTtl()),
                        abandonAfter.orElse(admission.abandonAfter()),
                        paused.orElse(admission.paused())),
                new SeatPolicy(holdTtl.orElse(seatPolicy.holdTtl()), maxSeatsPerHold.orElse(seatPolicy.maxSeatsPerHold())),
                new LogPolicy(logMaxEntries.orElse(logPolicy.maxEntries()), logTtl.orElse(logPolicy.ttl())),
                new EventDisplay(displayName.orElse(display.displayName()), message.orElse(display.message())));
    }
}
