package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.AdmissionRound;
import dev.waitingroom.application.port.in.AdmitPeopleUseCase;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Steps every event of the store's registry of events ({@link EventCatalogue#events()}, never a scan).
 * An event found idle (nobody waiting, no window open) is looked at again only after {@link #IDLE_RECHECK},
 * so many finished events cost little; a step cut short by its batch limit runs again at once.
 */
public final class AdmitPeopleService implements AdmitPeopleUseCase {

    /** How long a join into an idle event may wait for its event to be stepped again. */
    static final Duration IDLE_RECHECK = Duration.ofSeconds(1);
    /** Steps of one event in one round at most, so that one huge backlog does not starve the other events. */
    static final int MAX_STEPS_PER_EVENT = 20;

    private final EventCatalogue eventCatalogue;
    private final AdmissionStore admissionStore;
    private final Clock clock;
    private final Map<EventId, Long> idleUntilMillis = new ConcurrentHashMap<>();

    public AdmitPeopleService(EventCatalogue eventCatalogue, AdmissionStore admissionStore, Clock clock) {
        this.eventCatalogue = eventCatalogue;
        this.admissionStore = admissionStore;
        this.clock = clock;
    }

    /**
     * @throws StoreUnavailableException at once when the store fails (every other event would fail alike);
     *                                   any other failure of one event's step is thrown after the others ran
     */
    @Override
    public AdmissionRound admit() {
        long admitted = 0;
        long dropped = 0;
        long closed = 0;
        int steps = 0;
        RuntimeException firstFailure = null;
        for (EventId event : eventCatalogue.events()) {
            if (clock.millis() < idleUntilMillis.getOrDefault(event, Long.MIN_VALUE)) {
                continue;
            }
            try {
                for (int i = 0; i < MAX_STEPS_PER_EVENT; i++) {
                    Optional<AdmissionStep> step = admissionStore.step(event);
                    steps++;
                    if (step.isEmpty()) {
                        break;
                    }
                    admitted += step.get().admitted();
                    dropped += step.get().dropped();
                    closed += step.get().closedWindows();
                    if (step.get().idle()) {
                        idleUntilMillis.put(event, clock.millis() + IDLE_RECHECK.toMillis());
                    } else {
                        idleUntilMillis.remove(event);
                    }
                    if (!step.get().cutShort()) {
                        break;
                    }
                }
            } catch (StoreUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return new AdmissionRound(admitted, dropped, closed, steps);
    }
}
